package verbatim.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import verbatim.core.pipeline.Pipeline;

/**
 * The job on a real local[2] Spark with the real CoreNLP models, against what the single-machine
 * tools make of the same inputs, record for record and byte for byte. One session and one set of
 * models for the whole class: the models load once per JVM, as on an executor.
 */
@Tag("spark")
class AnalyzeJobTest {
  private static final Instant FETCHED = Instant.parse("2025-03-12T08:00:00Z");
  private static final ObjectMapper JSON = new ObjectMapper();

  private static SparkSession spark;
  private static Pipeline pipeline;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = SparkSession.builder().master("local[2]").appName("AnalyzeJobTest")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "4")
        .getOrCreate();
    // the expected records come from a pipeline of their own over this JVM's models
    pipeline = Pipeline.standard(JobSettings.defaults().options(), ExecutorPipeline.linguistics());
  }

  @AfterAll
  static void stop() {
    if (spark != null) {
      spark.stop();
    }
  }

  @Test
  void folderOfPagesGivesTheLinesVerbatimAnalyzePrints() throws Exception {
    Path folder = pages(tmp.resolve("pages"));
    Files.write(folder.resolve("empty.txt"), new byte[0]);
    CliRecords.Records cli = CliRecords.analyze(pipeline, folder);

    JobRun.Report report = run(folder.toString(), OutputFormat.JSONL);
    Output job = Output.read(tmp.resolve("out"));

    assertThat(cli.lines()).hasSize(4);
    assertThat(job.lines()).containsExactlyInAnyOrderEntriesOf(cli.lines());
    assertThat(cli.failures()).containsOnlyKeys(folder.resolve("empty.txt").toString());
    assertThat(job.failures()).containsExactlyInAnyOrderEntriesOf(cli.failures());
    assertThat(report.tally()).isEqualTo(new Tally(4, 0, 1, Map.of()));
    assertThat(job.lines().get(folder.resolve("harbour.html").toString())).contains("\"speaker\"", "Tomas Ridel");
  }

  @Test
  void warcGzGivesTheRecordsIngestReadsAndATruncatedRecordIsAFailureRow() throws Exception {
    Path warc = crawl(tmp.resolve("crawl/crawl-2025-03.warc.gz"));
    CliRecords.Records cli = CliRecords.ingestRead(pipeline, warc);

    JobRun.Report report = run(warc.toString(), OutputFormat.JSONL);
    Output job = Output.read(tmp.resolve("out"));

    assertThat(cli.lines()).hasSize(3);
    assertThat(job.lines()).containsExactlyInAnyOrderEntriesOf(cli.lines());
    assertThat(cli.failures().entrySet()).singleElement().satisfies(f -> {
      assertThat(f.getKey()).startsWith(warc + "#record 6");
      assertThat(f.getValue()).startsWith("truncated");
    });
    assertThat(job.failures()).containsExactlyInAnyOrderEntriesOf(cli.failures());
    assertThat(report.tally()).isEqualTo(new Tally(3, 0, 1, cli.skipped().byReason()));
    assertThat(cli.skipped().byReason()).containsOnlyKeys("HTTP status 404", "not HTML: image/png");
    assertThat(job.lines().values()).allSatisfy(line -> assertThat(line).contains("\"url\":\"https://"));
  }

  @Test
  void jsonLinesOfPagesAreAnalysedAndAnalysisLinesPassThroughUntouched() throws Exception {
    Path folder = pages(tmp.resolve("pages"));
    String analysed = CliRecords.analyze(pipeline, folder).lines().get(folder.resolve("council.html").toString());
    Path jsonl = tmp.resolve("in/pages.jsonl");
    Files.createDirectories(jsonl.getParent());
    Files.writeString(jsonl, String.join("\n",
        JSON.writeValueAsString(Map.of("url", TestPages.HARBOUR.url(), "html", TestPages.HARBOUR.content())),
        JSON.writeValueAsString(Map.of("url", "https://post.example/ferry", "text", TestPages.SCRAPE.content(),
            "fetched", FETCHED.toString())),
        analysed,
        "",
        "{\"url\": \"https://broken.example/\"",
        JSON.writeValueAsString(Map.of("url", TestPages.STATEMENT.url(), "html", TestPages.STATEMENT.content())))
        + "\n", StandardCharsets.UTF_8);
    CliRecords.Records cli = CliRecords.ingestRead(pipeline, jsonl);

    JobRun.Report report = run(tmp.resolve("in").toString(), OutputFormat.JSONL);
    Output job = Output.read(tmp.resolve("out"));

    // a line analysed earlier keeps its own input name: it is imported as it was written
    assertThat(cli.lines()).hasSize(4).containsEntry(folder.resolve("council.html").toString(), analysed);
    assertThat(job.lines()).containsExactlyInAnyOrderEntriesOf(cli.lines());
    assertThat(job.failures()).containsOnlyKeys(jsonl + "#line 5").containsExactlyInAnyOrderEntriesOf(cli.failures());
    assertThat(report.tally()).isEqualTo(new Tally(3, 1, 1, Map.of("blank line", 1L)));
  }

  @Test
  void parquetKeepsTheSameLineBesideItsColumns() throws Exception {
    Path folder = pages(tmp.resolve("pages"));
    CliRecords.Records cli = CliRecords.analyze(pipeline, folder);

    run(folder.resolve("*.htm*").toString(), OutputFormat.PARQUET);
    List<Row> rows = spark.read().parquet(tmp.resolve("out/analyses").toString()).collectAsList();

    assertThat(spark.read().parquet(tmp.resolve("out/analyses").toString()).columns())
        .containsExactlyElementsOf(JobOutput.analysisColumns());
    assertThat(rows).hasSize(3);
    for (Row row : rows) {
      String input = row.getAs("input");
      String line = row.getAs("json");
      JsonNode node = JSON.readTree(line);
      assertThat(line).isEqualTo(cli.lines().get(input));
      assertThat((String) row.getAs("id")).isEqualTo(node.get("id").asText());
      assertThat((String) row.getAs("url")).isNull();
      assertThat((String) row.getAs("source")).isNull();
      assertThat((String) row.getAs("published")).isEqualTo(node.get("published").asText()).startsWith("2025-03-");
      assertThat((String) row.getAs("language")).isEqualTo("en");
    }
    assertThat(spark.read().parquet(tmp.resolve("out/failures").toString()).count()).isZero();
  }

  @Test
  void anInputThatMatchesNothingOrAnOutputThatExistsIsRefusedBeforeAnyWork() throws Exception {
    Files.createDirectories(tmp.resolve("out"));
    Path folder = pages(tmp.resolve("pages"));
    assertThatThrownBy(() -> run(folder.toString(), OutputFormat.JSONL))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("exists");
    JobArguments nothing = new JobArguments(List.of(tmp.resolve("none/*.warc.gz").toString()),
        tmp.resolve("out2").toString(), OutputFormat.JSONL, false, 0, JobSettings.defaults());
    assertThatThrownBy(() -> JobRun.run(spark, nothing))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("matches no file");
  }

  private JobRun.Report run(String input, OutputFormat format) throws IOException {
    return JobRun.run(spark, new JobArguments(List.of(input), tmp.resolve("out").toString(), format, false, 0,
        JobSettings.defaults()));
  }

  private static Path pages(Path folder) throws IOException {
    Files.createDirectories(folder);
    for (TestPages.Page page : TestPages.ALL) {
      Files.writeString(folder.resolve(page.file()), page.content(), StandardCharsets.UTF_8);
    }
    return folder;
  }

  /** Three HTML responses, a 404, an image, and a last page cut off halfway through its record. */
  private static Path crawl(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    long lastStart;
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      writer.write(response(TestPages.HARBOUR.url(), 200, "text/html; charset=utf-8", TestPages.HARBOUR.content()));
      writer.write(response("https://ledger.example/missing", 404, "text/html", "<html><body>Not found</body></html>"));
      writer.write(response(TestPages.COUNCIL.url(), 200, "text/html", TestPages.COUNCIL.content()));
      writer.write(response("https://ledger.example/logo.png", 200, "image/png", "\u0089PNG not really"));
      writer.write(response(TestPages.STATEMENT.url(), 200, "text/html; charset=utf-8", TestPages.STATEMENT.content()));
      lastStart = writer.position();
      writer.write(response("https://ledger.example/cut", 200, "text/html", TestPages.HARBOUR.content().repeat(3)));
    }
    long end = Files.size(file);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
      channel.truncate(lastStart + (end - lastStart) / 2);
    }
    return file;
  }

  private static WarcResponse response(String url, int status, String type, String body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .body(MediaType.parse(type), body.getBytes(StandardCharsets.UTF_8)).build();
    return new WarcResponse.Builder(URI.create(url)).date(FETCHED).body(http).build();
  }

  /** What the job wrote: its analysis lines and its failures, by input name. */
  record Output(Map<String, String> lines, Map<String, String> failures) {
    static Output read(Path out) throws IOException {
      Map<String, String> lines = new LinkedHashMap<>();
      for (String line : lines(out.resolve("analyses"), ".txt")) {
        lines.put(JSON.readTree(line).get("input").asText(), line);
      }
      Map<String, String> failures = new LinkedHashMap<>();
      for (String line : lines(out.resolve("failures"), ".json")) {
        JsonNode node = JSON.readTree(line);
        failures.put(node.get("input").asText(), node.get("reason").asText());
      }
      return new Output(lines, failures);
    }

    private static List<String> lines(Path folder, String suffix) throws IOException {
      List<String> lines = new ArrayList<>();
      try (Stream<Path> parts = Files.list(folder)) {
        for (Path part : parts.filter(p -> p.getFileName().toString().startsWith("part-")
            && p.getFileName().toString().endsWith(suffix)).sorted().toList()) {
          String text = Files.readString(part, StandardCharsets.UTF_8);
          if (!text.isEmpty()) {
            assertThat(text).endsWith("\n");
            lines.addAll(List.of(text.substring(0, text.length() - 1).split("\n", -1)));
          }
        }
      }
      return lines;
    }
  }
}
