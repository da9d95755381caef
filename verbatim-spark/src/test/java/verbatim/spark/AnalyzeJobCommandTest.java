package verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** The command line is checked before any Spark session starts: a usage error costs nothing. */
class AnalyzeJobCommandTest {
  private final StringWriter usage = new StringWriter();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();

  private int run(String... args) {
    CommandLine cli = new CommandLine(new AnalyzeJob(new PrintStream(err, true, StandardCharsets.UTF_8)));
    cli.setErr(new PrintWriter(usage, true));
    cli.setOut(new PrintWriter(usage, true));
    return cli.execute(args);
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingTheChoices() {
    assertThat(run("--input", "in", "--output", "out", "--format", "xml")).isEqualTo(AnalyzeJob.USAGE);
    assertThat(usage.toString()).contains("--format must be jsonl or parquet, was \"xml\"");
  }

  @Test
  void anUnknownZoneIsAUsageError() {
    assertThat(run("--input", "in", "--output", "out", "--zone", "Mars/Olympus")).isEqualTo(AnalyzeJob.USAGE);
    assertThat(usage.toString()).contains("--zone: unknown zone \"Mars/Olympus\"");
  }

  @Test
  void inputAndOutputAreRequired() {
    assertThat(run("--input", "in")).isEqualTo(AnalyzeJob.USAGE);
    assertThat(usage.toString()).contains("--output");
  }

  @Test
  void negativePartitionsAreRefused() {
    assertThat(run("--input", "in", "--output", "out", "--partitions", "-1")).isEqualTo(AnalyzeJob.USAGE);
    assertThat(usage.toString()).contains("--partitions must be 0 (automatic) or more, was -1");
  }

  @Test
  void helpNamesEveryInputKindAndTheOutputs() {
    assertThat(run("--help")).isZero();
    assertThat(usage.toString()).contains("WARC", "JSON Lines", "DIR/analyses", "DIR/failures", "--gzip", "--max-bytes");
  }

  @Test
  void argumentsCarryTheAnalysisSettings() {
    AnalyzeJob job = new AnalyzeJob();
    new CommandLine(job).parseArgs("--input", "a", "--input", "b", "--output", "o", "--format", "PARQUET",
        "--kind", "STATEMENT", "--body-only", "--zone", "Asia/Seoul", "--max-bytes", "1000");
    JobArguments run = job.arguments();
    assertThat(run.inputs()).containsExactly("a", "b");
    assertThat(run.format()).isEqualTo(OutputFormat.PARQUET);
    assertThat(run.analyses()).isEqualTo("o/analyses");
    assertThat(run.settings()).isEqualTo(new JobSettings(verbatim.core.model.DocumentKind.STATEMENT, true,
        java.time.ZoneId.of("Asia/Seoul"), 1000));
  }
}
