package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.input.RawInput;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.IngestResult;
import verbatim.index.IngestStatus;

/** {@code verbatim diff} through the real command line: files as JSON, text and HTML, and ids of a corpus. */
class DiffCommandTest {
  static final String FIRST = """
      The Presidents of the United States and the Republic of Korea met in Washington on Jan. 20 to review the alliance.

      Both leaders reaffirmed their commitment to the complete denuclearization of North Korea. They agreed to expand joint exercises.

      The two sides will hold a ministerial meeting in Seoul before the end of the year. Mr. Kim of the U.S. delegation thanked the hosts for their hospitality.
      """;
  static final String SECOND = """
      The Presidents of the United States and the Republic of Korea met in Washington on Jan. 20 to review the alliance.

      Both leaders reaffirmed their commitment to the denuclearization of the Korean Peninsula.

      Mr. Kim of the U.S. delegation thanked the hosts for their hospitality. The leaders welcomed new investment in shipbuilding & nuclear energy <at once>. They agreed to expand joint exercises.
      """;
  private static final String STORY = "https://statements.example.org/2025/joint-statement";
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  @Test
  void twoFilesAsJsonWithOffsetsIntoTheFiles() throws IOException {
    Path a = Files.writeString(dir.resolve("first.txt"), FIRST);
    Path b = Files.writeString(dir.resolve("second.txt"), SECOND);
    CliRun run = CliRun.of("diff", "--body-only", "--format", "json", a.toString(), b.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    JsonNode root = JSON.readTree(run.out());
    assertThat(root.get("a").get("input").asText()).isEqualTo(a.toString());
    assertThat(root.get("counts").toString())
        .isEqualTo("{\"kept\":2,\"reworded\":1,\"moved\":1,\"added\":1,\"removed\":1}");
    assertThat(root.get("dropped").get(0).get("text").asText()).isEqualTo("complete denuclearization");
    assertThat(root.get("added").findValuesAsText("text")).contains("Korean Peninsula");
    JsonNode reworded = root.get("sentences").get(1);
    assertThat(reworded.get("status").asText()).isEqualTo("REWORDED");
    JsonNode delete = reworded.get("edits").get(0);
    assertThat(delete.get("type").asText()).isEqualTo("DELETE");
    assertThat(FIRST.substring(delete.get("a").get("begin").asInt(), delete.get("a").get("end").asInt()))
        .isEqualTo("complete");
    assertThat(statuses(root)).containsExactly("KEPT", "REWORDED", "REMOVED", "KEPT", "ADDED", "MOVED");
  }

  @Test
  void twoPagesAsOneSelfContainedHtmlPage() throws IOException {
    Path a = Files.writeString(dir.resolve("first.html"), page("Joint statement", FIRST));
    Path b = Files.writeString(dir.resolve("second.html"), page("Joint statement, as revised", SECOND));
    Path out = dir.resolve("diff.html");
    CliRun run = CliRun.of("diff", "--format", "html", "--out", out.toString(), a.toString(), b.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out()).isEmpty();
    String html = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").contains("<meta charset=\"utf-8\">", "<style>")
        .contains("Joint statement, as revised")
        .contains("<del>complete</del>", "<ins>the Korean Peninsula</ins>")
        .contains("<tr class=\"moved\">", "<tr class=\"removed\">", "<tr class=\"added\">")
        .contains("shipbuilding &amp; nuclear energy &lt;at once&gt;")
        .contains("dropped: <span class=\"d\">‘complete denuclearization’</span>")
        .doesNotContain("<script", "<link", "src=", "url(", "http://", "https://", "<at once>");
    // the same page on standard output when there is no --out
    CliRun toStdout = CliRun.of("diff", "--format", "html", a.toString(), b.toString());
    assertThat(toStdout.out()).isEqualTo(html);
  }

  @Test
  void textIsPlainWithWordMarksWhenNotOnATerminal() throws IOException {
    Path a = Files.writeString(dir.resolve("first.txt"), FIRST);
    Path b = Files.writeString(dir.resolve("second.txt"), SECOND);
    CliRun run = CliRun.of("diff", "--body-only", "--format", "text", a.toString(), b.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).doesNotContain("\033")
        .contains("2 kept, 1 reworded, 1 moved, 1 added, 1 removed")
        .contains("dropped: ‘complete denuclearization’, ‘North Korea’")
        .contains("~ Both leaders reaffirmed their commitment to the [-complete-] denuclearization of "
            + "[-North Korea-]{+the Korean Peninsula+}.")
        .contains("- The two sides will hold a ministerial meeting")
        .contains("> They agreed to expand joint exercises.  (moved: sentence 3 of A, 5 of B)");
  }

  @Test
  void idsOfTheCorpusAndAStoryWithItsPreviousVersion() throws IOException {
    Path data = dir.resolve("data");
    String first = ingest(data, "first.txt", FIRST);
    String second = ingest(data, "second.txt", SECOND);

    CliRun byIds = CliRun.of("diff", "--data", data.toString(), "--format", "json", first, second);
    assertThat(byIds.exitCode()).as(byIds.err()).isZero();
    JsonNode root = JSON.readTree(byIds.out());
    assertThat(root.get("a").get("id").asText()).isEqualTo(first);
    assertThat(root.get("b").get("id").asText()).isEqualTo(second);
    assertThat(statuses(root)).containsExactly("KEPT", "REWORDED", "REMOVED", "KEPT", "ADDED", "MOVED");

    CliRun previous = CliRun.of("diff", "--data", data.toString(), "--format", "json", second);
    assertThat(previous.exitCode()).as(previous.err()).isZero();
    assertThat(previous.out()).isEqualTo(byIds.out());
    CliRun story = CliRun.of("diff", "--data", data.toString(), "--format", "json", "--versions", STORY);
    assertThat(story.out()).isEqualTo(byIds.out());

    CliRun firstVersion = CliRun.of("diff", "--data", data.toString(), first);
    assertThat(firstVersion.exitCode()).isEqualTo(Verbatim.SOME_FAILED);
    assertThat(firstVersion.err()).contains(first, "first version");
  }

  @Test
  void aMissingIdOrFileIsNamedAndUsageErrorsSaySo() throws IOException {
    Path a = Files.writeString(dir.resolve("first.txt"), FIRST);
    Path data = dir.resolve("data");
    ingest(data, "first.txt", FIRST);
    CliRun missing = CliRun.of("diff", "--data", data.toString(), a.toString(), "0123456789abcdef");
    assertThat(missing.exitCode()).isEqualTo(Verbatim.SOME_FAILED);
    assertThat(missing.err()).contains("no file or document 0123456789abcdef");
    CliRun noCorpus = CliRun.of("diff", "--data", dir.resolve("nowhere").toString(), a.toString(), "gone.txt");
    assertThat(noCorpus.exitCode()).isEqualTo(Verbatim.SOME_FAILED);
    assertThat(noCorpus.err()).contains("gone.txt", "no corpus");
    assertThat(dir.resolve("nowhere")).doesNotExist();
    assertThat(CliRun.of("diff").exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(CliRun.of("diff", "--versions", STORY, "x", "y").exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(CliRun.of("diff", a.toString()).exitCode()).isEqualTo(Verbatim.USAGE);
    CliRun help = CliRun.of("diff", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: verbatim diff", "--format", "--versions", "Exit codes:");
  }

  /** Analyses a text as a version of {@link #STORY} with no NLP engine and stores it; returns its id. */
  private static String ingest(Path data, String name, String text) throws IOException {
    Pipeline pipeline = Pipeline.standard(
        new AnalysisOptions(verbatim.core.model.DocumentKind.STATEMENT, true, null, verbatim.core.publisher.Publishers.builtIn()),
        Linguistics.none());
    Outcome outcome = pipeline.analyze(new RawInput(name, text.getBytes(StandardCharsets.UTF_8), STORY));
    assertThat(outcome).isInstanceOf(Outcome.Analyzed.class);
    try (Corpus corpus = Corpus.open(data)) {
      IngestResult result = corpus.add(((Outcome.Analyzed) outcome).analysis(), IngestMeta.now("test"));
      assertThat(result.status()).isIn(IngestStatus.INGESTED, IngestStatus.NEW_VERSION);
      return result.id();
    }
  }

  private static String page(String title, String body) {
    StringBuilder p = new StringBuilder("<!doctype html><html lang=en><head><title>").append(title)
        .append("</title></head><body><nav><a href=/>Home</a></nav><article><h1>").append(title).append("</h1>");
    for (String paragraph : body.strip().split("\n\n")) {
      p.append("<p>").append(paragraph.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")).append("</p>");
    }
    return p.append("</article></body></html>").toString();
  }

  private static List<String> statuses(JsonNode root) {
    List<String> out = new ArrayList<>();
    root.get("sentences").forEach(s -> out.add(s.get("status").asText()));
    return out;
  }
}
