package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.input.RawInput;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;

/** {@code verbatim phrase} through the real command line, over statements written for it. */
class PhraseCommandTest {
  @TempDir static Path data;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final List<String> ids = new ArrayList<>();

  @BeforeAll
  static void ingest() throws IOException {
    try (Corpus corpus = Corpus.open(data)) {
      add(corpus, "2024-04-10T18:30:00-04:00", "2024/04/10/joint", "United States-Japan Joint Leaders' Statement",
          "We reaffirm our strong commitment to the complete denuclearization of North Korea.");
      add(corpus, "2024-07-01T10:00:00-04:00", "2024/07/01/trilateral", "Trilateral Statement",
          "The ministers called for the complete denuclearization of the DPRK.");
      add(corpus, "2025-02-07T17:30:00-05:00", "2025/02/07/joint", "Joint Statement from the United States and Japan",
          "The leaders reaffirmed their firm commitment to the complete denuclearization of North Korea.");
    }
  }

  private static void add(Corpus corpus, String published, String path, String title, String sentence)
      throws IOException {
    String url = "https://www.whitehouse-example.gov/briefings/" + path;
    String html = "<!doctype html><html lang=\"en\"><head><title>" + title + "</title>"
        + "<meta property=\"og:url\" content=\"" + url + "\">"
        + "<meta property=\"article:published_time\" content=\"" + published + "\"></head>"
        + "<body><article><h1>" + title + "</h1><p>The two sides met at the White House today and discussed the "
        + "alliance at length.</p><p>" + sentence + "</p></article></body></html>";
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.STATEMENT, false, null, Publishers.builtIn()),
        Linguistics.none());
    Outcome outcome = pipeline.analyze(new RawInput(path, html.getBytes(StandardCharsets.UTF_8), null));
    ids.add(corpus.add(((Outcome.Analyzed) outcome).analysis(),
        new IngestMeta("White House", Instant.parse("2025-03-01T00:00:00Z"), "verbatim test")).id());
  }

  @Test
  void jsonHasThePhraseItsVariantsTheFirstUseTheUsesAndTheTimeline() throws IOException {
    CliRun run = CliRun.of("phrase", "--data", data.toString(), "complete denuclearization of North Korea",
        "--since", "2025-01-20", "--kind", "statement", "--issuer", "White House", "--format", "json");
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.get("phrase").asText()).isEqualTo("complete denuclearization of North Korea");
    assertThat(r.get("variants").get(0).get("kind").asText()).isEqualTo("PHRASE");
    assertThat(r.get("variants").findValuesAsText("text")).contains("complete denuclearization of the DPRK");
    JsonNode first = r.get("first");
    assertThat(first.get("id").asText()).isEqualTo(ids.get(2));
    assertThat(first.get("published").asText()).startsWith("2025-02-07");
    assertThat(first.get("title").asText()).isEqualTo("Joint Statement from the United States and Japan");
    assertThat(first.get("issuer").asText()).isEqualTo("White House");
    assertThat(first.get("sentence").asText())
        .isEqualTo("The leaders reaffirmed their firm commitment to the complete denuclearization of North Korea.");
    assertThat(first.get("match").get("text").asText()).isEqualTo("complete denuclearization of North Korea");
    assertThat(first.get("match").get("end").asInt() - first.get("match").get("begin").asInt())
        .isEqualTo("complete denuclearization of North Korea".length());
    assertThat(r.get("uses")).hasSize(1);
    assertThat(r.get("uses").get(0).get("id").asText()).isEqualTo(ids.get(2));
    assertThat(r.get("earlier")).extracting(u -> u.get("id").asText()).containsExactly(ids.get(0), ids.get(1));
    assertThat(r.get("earlier").get(1).get("variant").asText()).isEqualTo("complete denuclearization of the DPRK");
    assertThat(r.get("earlier").get(1).get("exact").asBoolean()).isFalse();
    JsonNode timeline = r.get("timeline");
    assertThat(timeline.get(0).get("period").asText()).isEqualTo("2024-04");
    assertThat(timeline.get(0).get("count").asLong()).isEqualTo(1);
    assertThat(timeline).hasSize(11);
    assertThat(r.get("byIssuer").get(0).get("value").asText()).isEqualTo("White House");
  }

  @Test
  void theTableShowsTheFirstUseMarkedAndASparkline() {
    CliRun run = CliRun.of("phrase", "--data", data.toString(), "complete", "denuclearization", "of", "North", "Korea",
        "--since", "2025-01-20", "--format", "table");
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).contains("First use since 2025-01-20:", "«complete denuclearization of North Korea»",
        "Earlier uses, before 2025-01-20: 2", "alias: “complete denuclearization of the DPRK”",
        "By month, 2024-04 to 2025-02: 3 uses", "█▁▁█▁▁▁▁▁▁█", "Issuers:  White House 3");
    assertThat(run.out()).contains("Uses since 2025-01-20: 1 (the first, above)");
  }

  @Test
  void exactAndAYearTimelineFromTheCommandLine() throws IOException {
    CliRun run = CliRun.of("phrase", "--data", data.toString(), "complete denuclearization of North Korea", "--exact",
        "--by", "year", "--format", "json");
    JsonNode r = JSON.readTree(run.out());
    assertThat(r.get("variants")).hasSize(1);
    assertThat(r.get("uses")).hasSize(2);
    assertThat(r.get("timeline").toString()).isEqualTo("[{\"period\":\"2024\",\"count\":1},{\"period\":\"2025\",\"count\":1}]");
  }

  @Test
  void aBadKindOrDatesTheWrongWayRoundAreUsageErrors() {
    CliRun kind = CliRun.of("phrase", "--data", data.toString(), "denuclearization", "--kind", "STATEMNT");
    assertThat(kind.exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(kind.err()).contains("unknown kind \"STATEMNT\"");
    CliRun dates = CliRun.of("phrase", "--data", data.toString(), "denuclearization", "--since", "2025-02-01",
        "--until", "2025-01-01");
    assertThat(dates.exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(dates.err()).contains("'until' 2025-01-01 is before 'since' 2025-02-01");
  }

  @Test
  void helpNamesTheOptionsAndTheExitCodes() {
    CliRun help = CliRun.of("phrase", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: verbatim phrase", "--since=DATE", "--issuer=NAME", "--exact",
        "--by=week|month|year", "Exit codes:");
    assertThat(CliRun.of("--help").out()).contains("phrase   Finds when a phrase was first used since a day");
  }

  @Test
  void aSparklineKeepsOneApartFromNone() {
    assertThat(Sparkline.of(List.of(0L, 1L, 8L, 4L))).isEqualTo("▁▂█▅");
    assertThat(Sparkline.of(List.of(0L, 0L))).isEqualTo("▁▁");
    assertThat(Sparkline.of(List.of(1L))).isEqualTo("█");
  }
}
