package verbatim.spark;

import java.io.PrintStream;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import verbatim.core.input.BoundedBytes;
import verbatim.core.model.DocumentKind;

/**
 * {@code spark-submit --class verbatim.spark.AnalyzeJob verbatim-spark.jar --input GLOB --output DIR}:
 * the records {@code verbatim analyze} prints, for archives too large for one machine.
 */
@Command(
    name = "AnalyzeJob",
    mixinStandardHelpOptions = true,
    description = {
      "Analyses WARC archives (.warc, .warc.gz: one document per HTML response), JSON Lines of pages",
      "({\"url\", \"html\"|\"text\"}; lines `verbatim analyze` wrote are kept as they are) and folders of text or HTML pages.",
      "Writes DIR/analyses (the records `verbatim analyze --format jsonl` prints; `verbatim ingest DIR/analyses` loads them)",
      "and DIR/failures (each document that failed, with the reason). A bad document never fails the job."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:the job ran (some documents may have failed: see DIR/failures)", "1:the job failed", "2:usage error"})
public final class AnalyzeJob implements Callable<Integer> {
  static final int OK = 0;
  static final int FAILED = 1;
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  @Option(names = "--input", paramLabel = "GLOB", required = true,
      description = "Files, folders or globs to read, on any file system Hadoop reads (file:, hdfs:, s3a:, gs:, abfs:); repeatable.")
  List<String> inputs;

  @Option(names = "--output", paramLabel = "DIR", required = true, description = "A new folder for analyses/ and failures/.")
  String output;

  @Option(names = "--format", paramLabel = "jsonl|parquet", defaultValue = "jsonl",
      description = "jsonl (default): the CLI's JSON Lines; parquet: the same line as a column beside id, input, url, source, language, published.")
  String format;

  @Option(names = "--gzip", description = "Compress the JSON Lines parts (verbatim ingest reads them either way).")
  boolean gzip;

  @Option(names = "--partitions", paramLabel = "N", defaultValue = "0",
      description = "Analysis tasks (default: three per core of the cluster, and at least one per file).")
  int partitions;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "NEWS",
      description = "What the documents are: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DocumentKind kind;

  @Option(names = "--body-only", description = "The inputs are already clean article bodies: keep their text exactly.")
  boolean bodyOnly;

  @Option(names = "--zone", paramLabel = "ZONE", description = "Zone for printed local times when neither the page nor the publisher's profile says.")
  String zone;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + BoundedBytes.DEFAULT_LIMIT,
      description = "Refuse documents larger than this, after gunzip (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  private final PrintStream err;

  public AnalyzeJob() {
    this(System.err);
  }

  AnalyzeJob(PrintStream err) {
    this.err = err;
  }

  public static void main(String[] args) {
    System.exit(new CommandLine(new AnalyzeJob()).execute(args));
  }

  @Override
  public Integer call() {
    JobArguments run = arguments();
    SparkConf conf = new SparkConf().setAppName("verbatim analyze");
    if (!conf.contains("spark.master")) {
      conf.setMaster("local[*]"); // run as a plain program: spark-submit always sets a master
    }
    SparkSession spark = SparkSession.builder().config(conf).getOrCreate();
    try {
      JobRun.Report report = JobRun.run(spark, run);
      print(report, run);
      return OK;
    } catch (IllegalArgumentException e) {
      err.println("verbatim: " + e.getMessage());
      return USAGE;
    } catch (Exception e) {
      err.println("verbatim: the job failed: " + e);
      return FAILED;
    } finally {
      spark.stop();
    }
  }

  JobArguments arguments() {
    try {
      return new JobArguments(inputs, output, outputFormat(), gzip, partitions,
          new JobSettings(kind, bodyOnly, zoneId(), maxBytes));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private OutputFormat outputFormat() {
    try {
      return OutputFormat.valueOf(format.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--format must be jsonl or parquet, was \"" + format + "\"");
    }
  }

  private ZoneId zoneId() {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new IllegalArgumentException("--zone: unknown zone \"" + zone + "\" (use an IANA id such as Asia/Seoul)");
    }
  }

  private void print(JobRun.Report report, JobArguments run) {
    for (Result.Failed f : report.firstFailures()) {
      err.println("verbatim: " + f.input() + ": " + f.reason());
    }
    if (report.tally().failed() > report.firstFailures().size()) {
      err.println("verbatim: … and " + (report.tally().failed() - report.firstFailures().size()) + " more failures");
    }
    err.println("verbatim: " + report.files() + " files: " + report.tally());
    err.println("verbatim: records in " + run.analyses() + ", failures in " + run.failures());
  }
}
