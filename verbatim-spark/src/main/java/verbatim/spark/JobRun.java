package verbatim.spark;

import java.io.IOException;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * The job's plan. Files are listed on the driver and read one task per file (a WARC's records in
 * order, as {@code verbatim ingest} reads them); their pages are then spread over the analysis
 * tasks, since one archive may hold thousands of pages and analysis costs far more than moving
 * their bytes. The results are kept (memory, then disk) while both outputs are written and
 * counted, so no document is analysed twice.
 */
public final class JobRun {
  private JobRun() {}

  /**
   * Runs the job to its end. A document that cannot be read or analysed is a row of
   * {@code failures/}; only a job that cannot start or write fails.
   *
   * @throws IllegalArgumentException when an input matches nothing or the output exists
   */
  public static Report run(SparkSession spark, JobArguments run) throws IOException {
    Configuration hadoop = spark.sparkContext().hadoopConfiguration();
    Path output = new Path(run.output());
    if (output.getFileSystem(hadoop).exists(output)) {
      throw new IllegalArgumentException("--output " + run.output() + ": exists; name a new folder");
    }
    List<String> files = InputListing.files(run.inputs(), hadoop);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    JobSettings settings = run.settings();
    HadoopSettings fileSystems = HadoopSettings.of(hadoop);
    int partitions = run.partitions() > 0 ? run.partitions() : Math.max(files.size(), 3 * jsc.defaultParallelism());

    jsc.setJobDescription("verbatim: read " + files.size() + " files, analyse in " + partitions + " tasks");
    JavaRDD<Result> results = jsc.parallelize(files, files.size())
        .flatMap(file -> new FileItems(settings).read(file, fileSystems.configuration()))
        .repartition(partitions)
        .mapPartitions(items -> DocumentAnalyzer.analyze(items, settings))
        .persist(StorageLevel.MEMORY_AND_DISK_SER());
    try {
      Tally tally = results.aggregate(Tally.NONE, Tally::with, Tally::plus);
      jsc.setJobDescription("verbatim: write " + run.output());
      JobOutput.write(spark, results, run);
      List<Result.Failed> firstFailures = results.filter(r -> r instanceof Result.Failed)
          .map(r -> (Result.Failed) r).take(Report.FAILURES_SHOWN);
      return new Report(files.size(), tally, firstFailures);
    } finally {
      results.unpersist(false);
      jsc.setJobDescription(null);
    }
  }

  /**
   * What a run did.
   *
   * @param files how many files were read
   * @param firstFailures up to {@link #FAILURES_SHOWN} of the failures, to show a person
   */
  public record Report(int files, Tally tally, List<Result.Failed> firstFailures) {
    public static final int FAILURES_SHOWN = 20;

    public Report {
      firstFailures = List.copyOf(firstFailures);
    }
  }
}
