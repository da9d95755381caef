package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.testing.SharedData;

/**
 * The corpus commands through the real command line on real news: PolNeAR's test articles
 * ingested with the real engine, then asked for Donald Trump's quotes, searched, shown, ingested
 * again (nothing changes) and reindexed (the same answers).
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CorpusCommandsTest {
  @TempDir static Path data;

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Every test here reads the corpus the first one builds from ../shared: without it the class is skipped, not failed. */
  @BeforeAll
  static void needsTheSharedArticles() {
    articles();
  }

  private static Path articles() {
    return SharedData.require("datasets/polnear/data/test/text");
  }

  @Test
  @Order(1)
  void ingestStoresEveryArticleAndAcknowledgesEach() throws IOException {
    CliRun run = CliRun.of("ingest", "--data", data.toString(), "--body-only", articles().toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> acks = BadInputTest.jsonLines(run.out());
    assertThat(acks).hasSize(84).allSatisfy(a -> assertThat(a.get("status").asText()).isIn("INGESTED", "DUPLICATE", "NEW_VERSION"));
    assertThat(run.err()).contains("0 unchanged", "0 failed", "the corpus holds 84 documents");
  }

  @Test
  @Order(2)
  void trumpsQuotesAreFoundBySpeaker() throws IOException {
    CliRun run = CliRun.of("quotes", "--data", data.toString(), "--speaker", "Donald Trump", "--limit", "200", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode result = JSON.readTree(run.out());
    assertThat(result.get("total").asLong()).isGreaterThan(20);
    List<String> speakers = new ArrayList<>();
    for (JsonNode hit : result.get("hits")) {
      speakers.add(hit.get("speaker").get("name").asText());
      String sentence = hit.get("sentenceText").asText();
      assertThat(sentence).isNotBlank();
    }
    assertThat(speakers).allSatisfy(s -> assertThat(s).containsIgnoringCase("Trump"));
  }

  @Test
  @Order(3)
  void searchFindsAndShowsADocument() throws IOException {
    CliRun search = CliRun.of("search", "--data", data.toString(), "tax returns", "--format", "json");
    JsonNode result = JSON.readTree(search.out());
    assertThat(result.get("total").asLong()).isPositive();
    JsonNode first = result.get("hits").get(0);
    assertThat(first.get("snippets")).isNotEmpty();
    CliRun show = CliRun.of("show", "--data", data.toString(), first.get("id").asText(), "--format", "json");
    assertThat(show.exitCode()).isZero();
    JsonNode stored = JSON.readTree(show.out());
    assertThat(stored.get("analysis").get("id").asText()).isEqualTo(first.get("id").asText());
    assertThat(stored.get("ingestion").get("version").asInt()).isEqualTo(1);
    assertThat(CliRun.of("show", "--data", data.toString(), "0000000000000000").exitCode()).isEqualTo(Verbatim.SOME_FAILED);
  }

  @Test
  @Order(4)
  void ingestingAgainChangesNothing() throws IOException {
    CliRun run = CliRun.of("ingest", "--data", data.toString(), "--body-only", articles().toString());
    assertThat(run.exitCode()).isZero();
    assertThat(BadInputTest.jsonLines(run.out())).hasSize(84)
        .allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("UNCHANGED"));
    assertThat(run.err()).contains("0 ingested, 84 unchanged", "the corpus holds 84 documents");
  }

  @Test
  @Order(5)
  void analysisRecordsAreImportedWithoutAnalysingAgain() throws IOException {
    CliRun analyzed = CliRun.of("analyze", "--format", "jsonl", Path.of("../samples/news").toString());
    Path records = java.nio.file.Files.writeString(data.resolve("news.jsonl"), analyzed.out());
    Path imported = data.resolve("imported");
    CliRun first = CliRun.of("ingest", "--data", imported.toString(), records.toString());
    assertThat(first.exitCode()).as(first.err()).isZero();
    List<JsonNode> acks = BadInputTest.jsonLines(first.out());
    assertThat(acks).hasSize(analyzed.out().strip().split("\n").length)
        .allSatisfy(a -> assertThat(a.get("input").asText()).contains("news.jsonl#line "));
    CliRun again = CliRun.of("ingest", "--data", imported.toString(), records.toString());
    assertThat(BadInputTest.jsonLines(again.out())).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("UNCHANGED"));
    // the imported record is the analysis itself: show gives back what analyze printed
    String id = acks.get(0).get("id").asText();
    JsonNode shown = JSON.readTree(CliRun.of("show", "--data", imported.toString(), id, "--format", "json").out()).get("analysis");
    JsonNode printed = JSON.readTree(analyzed.out().lines().filter(l -> l.contains(id)).findFirst().orElseThrow());
    assertThat(shown).isEqualTo(printed);
  }

  @Test
  @Order(6)
  void remarksAndTrendsAnswerInJson() throws IOException {
    JsonNode remarks = JSON.readTree(CliRun.of("remarks", "--data", data.toString(), "--speaker", "Donald Trump", "--format", "json").out());
    assertThat(remarks.get("quotes").asLong()).isPositive();
    assertThat(remarks.get("remarks").get(0).get("earliest").get("text").asText()).isNotBlank();
    // PolNeAR's texts are bare bodies without dates: trends run on the dated samples instead
    Path samples = data.resolve("samples-corpus");
    assertThat(CliRun.of("ingest", "--data", samples.toString(), Path.of("../samples").toString()).exitCode()).isZero();
    CliRun trends = CliRun.of("trends", "--data", samples.toString(), "--from", "2024-03-01", "--to", "2024-03-31", "--format", "json");
    assertThat(trends.exitCode()).as(trends.err()).isZero();
    JsonNode t = JSON.readTree(trends.out());
    assertThat(t.get("texts").asLong()).isEqualTo(3);
    assertThat(t.get("previousFrom").asText()).isEqualTo("2024-01-30"); // the 31 days before March 2024
    assertThat(t.has("phrases")).isTrue();
  }

  @Test
  @Order(7)
  void peopleAndReindexAnswerTheSame() throws IOException {
    String before = CliRun.of("quotes", "--data", data.toString(), "--speaker", "Donald Trump", "--format", "json").out();
    CliRun people = CliRun.of("people", "--data", data.toString(), "--name", "trump", "--format", "json");
    assertThat(JSON.readTree(people.out()).get(0).get("name").asText()).containsIgnoringCase("Trump");
    CliRun reindex = CliRun.of("reindex", "--data", data.toString());
    assertThat(reindex.exitCode()).isZero();
    assertThat(reindex.err()).contains("84 ledger records");
    assertThat(CliRun.of("quotes", "--data", data.toString(), "--speaker", "Donald Trump", "--format", "json").out()).isEqualTo(before);
  }
}
