package verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.core.nlp.Linguistics;
import verbatim.index.Corpus;

/** The JSON API and its guards, over a real server on a random loopback port and the sample archive. */
class ServerApiTest {
  private static final String TOKEN = "a-long-enough-write-token-for-tests";
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();
  private static Path copy;
  private static Corpus corpus;
  private static VerbatimServer server;
  private static VerbatimServer readOnly;

  @BeforeAll
  static void start() throws IOException {
    copy = TestArchive.copy();
    corpus = Corpus.open(copy);
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.NEWS, false, null, Publishers.builtIn()), Linguistics.none());
    server = new VerbatimServer(corpus, pipeline::analyze, TOKEN).start("127.0.0.1", 0);
    readOnly = new VerbatimServer(corpus, pipeline::analyze, null).start("127.0.0.1", 0);
  }

  @AfterAll
  static void stop() throws IOException {
    server.close();
    readOnly.close();
    corpus.close();
  }

  private static HttpResponse<String> get(VerbatimServer s, String path) throws IOException, InterruptedException {
    return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(VerbatimServer s, String path, String token, byte[] body) throws IOException, InterruptedException {
    HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + s.port() + path))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (token != null) {
      b.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void searchQuotesPeopleAndDocumentsAnswerInTheCliShapes() throws Exception {
    JsonNode search = JSON.readTree(get(server, "/api/search?q=trawling&limit=3").body());
    assertThat(search.get("total").asLong()).isPositive();
    assertThat(search.get("hits")).hasSizeLessThanOrEqualTo(3);
    assertThat(search.get("facets")).isNotEmpty();
    String id = search.get("hits").get(0).get("id").asText();
    JsonNode doc = JSON.readTree(get(server, "/api/documents/" + id).body());
    assertThat(doc.get("analysis").get("id").asText()).isEqualTo(id);
    JsonNode quotes = JSON.readTree(get(server, "/api/quotes?speaker=" + enc("Ines Halvard")).body());
    assertThat(quotes.get("total").asLong()).isGreaterThanOrEqualTo(3);
    JsonNode remarks = JSON.readTree(get(server, "/api/remarks?speaker=" + enc("Ines Halvard")).body());
    assertThat(remarks.get("remarks").get(0).get("versions").size()).isGreaterThanOrEqualTo(2);
    JsonNode people = JSON.readTree(get(server, "/api/people?name=ostrova").body());
    assertThat(people.get(0).get("name").asText()).isEqualTo("Lena Ostrova");
    JsonNode trends = JSON.readTree(get(server, "/api/trends?from=2024-07-01&to=2024-12-31").body());
    assertThat(trends.get("texts").asLong()).isPositive();
    JsonNode phrase = JSON.readTree(get(server, "/api/phrase?q=" + enc("complete closure of the northern banks")
        + "&since=2025-01-20&kind=STATEMENT").body());
    assertThat(phrase.get("first").get("published").asText()).startsWith("2025-02-14");
    assertThat(phrase.get("earlier").get(0).get("published").asText()).startsWith("2024-06-12");
    assertThat(phrase.get("timeline")).isNotEmpty();
    assertThat(get(server, "/api/phrase").statusCode()).isEqualTo(400);
    JsonNode openapi = JSON.readTree(get(server, "/openapi.json").body());
    assertThat(openapi.get("paths").has("/api/search")).isTrue();
  }

  @Test
  void errorsAreProblemJson() throws Exception {
    HttpResponse<String> missing = get(server, "/api/documents/0123456789abcdef");
    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
    assertThat(JSON.readTree(missing.body()).get("title").asText()).isEqualTo("Not found");
    assertThat(get(server, "/api/search?limit=100000").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/search?from=yesterday").statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/search?q=" + "a".repeat(501)).statusCode()).isEqualTo(400);
    assertThat(get(server, "/api/trends").statusCode()).isEqualTo(400);
    assertThat(JSON.readTree(get(server, "/api/nothing-here").body()).get("status").asInt()).isEqualTo(404);
  }

  @Test
  void theWriteEndpointNeedsTheToken() throws Exception {
    byte[] page = "<html><head><title>Port dues rise</title></head><body><article><p>The port authority of Tarsk raised its dues on Monday, the first rise in four years, citing the cost of dredging.</p></article></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    assertThat(post(readOnly, "/api/documents", TOKEN, page).statusCode()).isEqualTo(403);
    assertThat(post(server, "/api/documents", null, page).statusCode()).isEqualTo(401);
    assertThat(post(server, "/api/documents", "wrong-token-wrong-token-wrong", page).statusCode()).isEqualTo(401);
    int before = corpus.size();
    HttpResponse<String> created = post(server, "/api/documents", TOKEN, page);
    assertThat(created.statusCode()).isEqualTo(201);
    assertThat(JSON.readTree(created.body()).get("status").asText()).isEqualTo("INGESTED");
    assertThat(corpus.size()).isEqualTo(before + 1);
    assertThat(post(server, "/api/documents", TOKEN, page).statusCode()).isEqualTo(200); // the same page again: unchanged
    assertThat(post(server, "/api/documents", TOKEN, new byte[0]).statusCode()).isEqualTo(400);
    byte[] huge = new byte[(int) VerbatimServer.MAX_BODY_BYTES + 1024];
    assertThat(post(server, "/api/documents", TOKEN, huge).statusCode()).isEqualTo(413);
  }

  @Test
  void pathsCannotLeaveTheStaticFolders() throws Exception {
    for (String path : new String[] {"/static/../../../../etc/passwd", "/webjars/../../etc/passwd", "/static/%2e%2e/%2e%2e/etc/passwd",
        "/static/..%2f..%2f..%2fetc%2fpasswd"}) {
      HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(r.statusCode()).as(path).isIn(400, 404);
      assertThat(r.body()).as(path).doesNotContain("root:");
    }
  }

  @Test
  void whatADocumentSaysIsEscapedInThePage() throws Exception {
    byte[] page = "<html><head><title>Minister says &lt;script&gt;alert(1)&lt;/script&gt; is fine</title></head><body><article><p>The minister said on Monday that &lt;img src=x onerror=alert(2)&gt; was a joke made at the expense of the harbour board.</p></article></body></html>"
        .getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> created = post(server, "/api/documents", TOKEN, page);
    String id = JSON.readTree(created.body()).get("id").asText();
    String html = get(server, "/documents/" + id).body();
    assertThat(html).doesNotContain("<script>alert(1)").doesNotContain("<img src=x").contains("&lt;script&gt;alert(1)");
    assertThat(get(server, "/documents/" + id).headers().firstValue("Content-Security-Policy")).isPresent();
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
