package verbatim.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.staticfiles.Location;
import verbatim.index.Corpus;

/**
 * verbatim over HTTP: the JSON API under {@code /api}, its description at {@code /openapi.json},
 * and the web page. Read-only unless given a write token. Bound to the address it is given
 * (the CLI defaults to loopback).
 */
public final class VerbatimServer implements AutoCloseable {
  /** The largest document a POST may carry. */
  public static final long MAX_BODY_BYTES = 16L * 1024 * 1024;
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PROBLEM = "verbatim.problem";

  private final Javalin app;

  /**
   * @param writeToken the token {@code POST /api/documents} must carry, or {@code null} for read-only
   * @param ingester what analyses a posted page (unused when read-only)
   */
  public VerbatimServer(Corpus corpus, Ingester ingester, String writeToken) {
    Api api = new Api(corpus, ingester, writeToken);
    Pages pages = new Pages(corpus);
    DiffPage diff = new DiffPage(corpus);
    PhrasePage phrase = new PhrasePage(corpus);
    app = Javalin.create(config -> {
      config.showJavalinBanner = false;
      config.http.maxRequestSize = MAX_BODY_BYTES;
      config.staticFiles.add(files -> {
        files.directory = "/public";
        files.location = Location.CLASSPATH;
      });
      config.staticFiles.enableWebjars();
    });
    app.before(ctx -> {
      ctx.header("X-Content-Type-Options", "nosniff");
      ctx.header("Referrer-Policy", "no-referrer");
      ctx.header("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; img-src 'self' data:");
    });
    app.get("/api/search", api::search);
    app.get("/api/documents/{id}", api::document);
    app.post("/api/documents", api::ingest);
    app.get("/api/quotes", api::quotes);
    app.get("/api/people", api::people);
    app.get("/api/remarks", api::remarks);
    app.get("/api/trends", api::trends);
    app.get("/api/diff", diff::api);
    app.get("/api/phrase", phrase::api);
    app.get("/openapi.json", ctx -> ctx.contentType("application/json").result(OpenApi.document()));
    app.get("/", pages::search);
    app.get("/documents/{id}", pages::document);
    app.get("/people", pages::people);
    app.get("/people/{name}", pages::person);
    app.get("/diff", diff::page);
    app.get("/phrase", phrase::page);
    app.exception(ApiProblem.class, (e, ctx) -> problem(ctx, e.status(), e.title(), e.getMessage()));
    app.exception(IllegalArgumentException.class, (e, ctx) -> problem(ctx, 400, "Bad request", e.getMessage()));
    app.exception(Exception.class, (e, ctx) -> problem(ctx, 500, "Internal error", "the server failed on this request"));
    app.error(404, ctx -> {
      if (ctx.attribute(PROBLEM) == null) { // Javalin's own "not found", not one of ours
        problem(ctx, 404, "Not found", "nothing at " + ctx.path());
      }
    });
    app.error(413, ctx -> problem(ctx, 413, "Payload too large", "a document may be at most " + MAX_BODY_BYTES + " bytes"));
  }

  /** Starts listening; port 0 picks a free one. */
  public VerbatimServer start(String host, int port) {
    app.start(host, port);
    return this;
  }

  public int port() {
    return app.port();
  }

  @Override
  public void close() {
    app.stop();
  }

  private static void problem(Context ctx, int status, String title, String detail) {
    ctx.attribute(PROBLEM, Boolean.TRUE);
    ObjectNode body = JSON.createObjectNode();
    body.put("type", "about:blank");
    body.put("title", title);
    body.put("status", status);
    body.put("detail", detail);
    if (ctx.path().startsWith("/api") || ctx.path().equals("/openapi.json") || !acceptsHtml(ctx)) {
      ctx.status(HttpStatus.forStatus(status)).contentType("application/problem+json").result(body.toString());
    } else {
      ctx.status(HttpStatus.forStatus(status)).html(Html.page(title, null,
          "<h1>" + Html.esc(title) + "</h1><p>" + Html.esc(detail) + "</p><p><a href=\"/\">Back to the archive</a></p>"));
    }
  }

  private static boolean acceptsHtml(Context ctx) {
    String accept = ctx.header("Accept");
    return accept != null && accept.contains("text/html");
  }
}
