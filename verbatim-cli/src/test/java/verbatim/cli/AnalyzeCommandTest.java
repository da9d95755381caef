package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The analyze command through the real command line: standard input, body-only offsets, help. */
class AnalyzeCommandTest {
  @TempDir Path dir;

  @Test
  void standardInputIsReadAsDash() throws IOException {
    byte[] page = ("<html lang=en><body><article><p>The committee met on Tuesday and approved the budget for the "
        + "coming year after a long debate.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    CliRun run = CliRun.of(page, "analyze", "--format", "jsonl", "-");
    assertThat(run.exitCode()).isZero();
    assertThat(BadInputTest.jsonLines(run.out())).singleElement().satisfies(d -> {
      assertThat(d.get("input").asText()).isEqualTo("-");
      assertThat(d.get("text").asText()).startsWith("The committee met on Tuesday");
    });
  }

  @Test
  void bodyOnlyKeepsTheFileAsTextSoOffsetsPointIntoIt() throws IOException {
    String body = "  First paragraph, as written.\r\n\r\nSecond one.\n";
    Path file = Files.writeString(dir.resolve("body.txt"), body);
    CliRun run = CliRun.of("analyze", "--body-only", "--kind", "statement", "--format", "jsonl", file.toString());
    JsonNode d = BadInputTest.jsonLines(run.out()).get(0);
    assertThat(d.get("text").asText()).isEqualTo(body);
    assertThat(d.get("kind").asText()).isEqualTo("STATEMENT");
    JsonNode second = d.get("paragraphs").get(1);
    assertThat(body.substring(second.get("begin").asInt(), second.get("end").asInt())).isEqualTo("Second one.");
  }

  @Test
  void prettyJsonIsOneObjectPerDocument() throws IOException {
    Path a = Files.writeString(dir.resolve("a.txt"), "A title\n\nA first paragraph that is long enough to be prose here.\n");
    Path b = Files.writeString(dir.resolve("b.txt"), "B title\n\nAnother paragraph that is long enough to be prose too.\n");
    CliRun run = CliRun.of("analyze", "--format", "json", dir.toString());
    assertThat(run.exitCode()).isZero();
    List<JsonNode> objects = new com.fasterxml.jackson.databind.ObjectMapper().readerFor(JsonNode.class)
        .<JsonNode>readValues(run.out()).readAll();
    assertThat(objects).extracting(o -> o.get("input").asText()).containsExactly(a.toString(), b.toString());
    assertThat(run.out()).contains("\n  \"title\"");
  }

  @Test
  void everyCommandHasHelpAndTheVersionIsPrinted() {
    CliRun help = CliRun.of("analyze", "--help");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).contains("Usage: verbatim analyze", "--body-only", "--zone", "Exit codes:");
    CliRun top = CliRun.of("--help");
    assertThat(top.out()).contains("Usage: verbatim", "analyze");
    CliRun version = CliRun.of("--version");
    assertThat(version.exitCode()).isZero();
    assertThat(version.out()).startsWith("verbatim ");
    assertThat(CliRun.of().exitCode()).isEqualTo(Verbatim.USAGE);
  }

  @Test
  void progressLineSaysDoneRateAndEta() {
    Progress progress = new Progress(new java.io.PrintStream(new java.io.ByteArrayOutputStream()), false, 10);
    progress.step(true);
    progress.step(false);
    assertThat(progress.line(System.nanoTime())).startsWith("2/10 documents, 1 failed, ").contains("/s, ETA ");
  }
}
