package verbatim.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import verbatim.core.input.RawInput;
import verbatim.core.pipeline.Outcome;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.IngestResult;
import verbatim.index.IngestStatus;
import verbatim.index.Page;
import verbatim.index.QueryJson;
import verbatim.index.QuoteQuery;
import verbatim.index.RemarkQuery;
import verbatim.index.SearchQuery;
import verbatim.index.StoredAnalysis;
import verbatim.index.TrendQuery;

/** The JSON API: the corpus's query API over HTTP, in the shapes the CLI prints with {@code --format json}. */
final class Api {
  private final Corpus corpus;
  private final Ingester ingester;
  private final byte[] writeToken;

  Api(Corpus corpus, Ingester ingester, String writeToken) {
    this.corpus = corpus;
    this.ingester = ingester;
    this.writeToken = writeToken == null ? null : writeToken.getBytes(StandardCharsets.UTF_8);
  }

  void search(Context ctx) throws IOException {
    SearchQuery q = new SearchQuery(Params.text(ctx, "q"), Params.date(ctx, "from"), Params.date(ctx, "to"),
        Params.all(ctx, "source"), Params.all(ctx, "kind"), Params.all(ctx, "lang"), Params.all(ctx, "speaker"),
        Params.all(ctx, "entity"), Params.order(ctx), Params.page(ctx));
    json(ctx, corpus.search(q));
  }

  void document(Context ctx) throws IOException {
    StoredAnalysis stored = stored(corpus, ctx.pathParam("id"));
    json(ctx, stored);
  }

  static StoredAnalysis stored(Corpus corpus, String id) throws IOException {
    if (!id.matches("[0-9a-f]{16}")) {
      throw ApiProblem.badRequest("a document id is 16 hexadecimal digits, was " + Html.esc(id));
    }
    return corpus.show(id).orElseThrow(() -> ApiProblem.notFound("no document " + id));
  }

  void quotes(Context ctx) throws IOException {
    QuoteQuery q = new QuoteQuery(Params.text(ctx, "speaker"), Params.text(ctx, "about"), Params.date(ctx, "from"),
        Params.date(ctx, "to"), Params.text(ctx, "q"), Params.order(ctx), Params.page(ctx));
    json(ctx, corpus.quotes(q));
  }

  void people(Context ctx) throws IOException {
    String name = Params.text(ctx, "name");
    int limit = Params.integer(ctx, "limit", 50, 1, Page.MAX_LIMIT);
    json(ctx, corpus.people(name, limit));
  }

  void remarks(Context ctx) throws IOException {
    RemarkQuery q = new RemarkQuery(Params.text(ctx, "speaker"), Params.date(ctx, "from"), Params.date(ctx, "to"),
        Params.integer(ctx, "window", RemarkQuery.DEFAULT_WINDOW_DAYS, 0, 365), similarity(ctx), Params.page(ctx));
    json(ctx, corpus.remarks(q));
  }

  private static double similarity(Context ctx) {
    String v = Params.text(ctx, "similarity");
    if (v == null) {
      return RemarkQuery.DEFAULT_SIMILARITY;
    }
    try {
      double d = Double.parseDouble(v);
      if (!(d > 0 && d <= 1)) {
        throw ApiProblem.badRequest("'similarity' must be above 0 and at most 1, was " + v);
      }
      return d;
    } catch (NumberFormatException e) {
      throw ApiProblem.badRequest("'similarity' is not a number: " + v);
    }
  }

  void trends(Context ctx) throws IOException {
    if (Params.date(ctx, "from") == null || Params.date(ctx, "to") == null) {
      throw ApiProblem.badRequest("'from' and 'to' are required");
    }
    TrendQuery q = new TrendQuery(Params.date(ctx, "from"), Params.date(ctx, "to"), Params.all(ctx, "source"),
        Params.text(ctx, "speaker"), Params.integer(ctx, "limit", 25, 1, Params.MAX_LIMIT));
    json(ctx, corpus.trends(q));
  }

  /** POST /api/documents: the page in the body; only with the write token. */
  void ingest(Context ctx) throws IOException {
    if (writeToken == null) {
      throw new ApiProblem(403, "Forbidden", "this server is read-only: start it with --write-token to accept documents");
    }
    String header = ctx.header("Authorization");
    byte[] given = header != null && header.startsWith("Bearer ")
        ? header.substring(7).getBytes(StandardCharsets.UTF_8) : new byte[0];
    if (!MessageDigest.isEqual(given, writeToken)) { // compares in constant time
      throw new ApiProblem(401, "Unauthorized", "a valid 'Authorization: Bearer TOKEN' header is required");
    }
    byte[] body = ctx.bodyAsBytes();
    if (body.length == 0) {
      throw ApiProblem.badRequest("the request has no body: send the page's bytes");
    }
    String url = Params.text(ctx, "url");
    Outcome outcome = ingester.analyze(new RawInput("POST /api/documents", body, url));
    if (outcome instanceof Outcome.Failed f) {
      throw new ApiProblem(422, "Unprocessable document", f.reason());
    }
    IngestResult result = corpus.add(((Outcome.Analyzed) outcome).analysis(), new IngestMeta(
        Params.text(ctx, "issuer"), Instant.now(), "verbatim server"));
    corpus.commit();
    ctx.status(result.status() == IngestStatus.UNCHANGED ? 200 : 201);
    json(ctx, result);
  }

  static void json(Context ctx, Object answer) {
    ctx.contentType("application/json; charset=utf-8").result(QueryJson.toString(answer));
  }
}
