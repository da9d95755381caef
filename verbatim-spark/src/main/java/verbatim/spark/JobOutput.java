package verbatim.spark;

import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * Writes a run's two outputs through Spark's committers, so a task tried twice writes once:
 * {@code analyses/} (JSON Lines parts {@code verbatim ingest} reads, or Parquet) and
 * {@code failures/} (input and reason: JSON Lines parts named {@code .json}, which a folder
 * ingest passes over, or Parquet). The only class that knows the output's layout and columns.
 */
final class JobOutput {
  static final StructType ANALYSES = new StructType(new StructField[] {
      DataTypes.createStructField("id", DataTypes.StringType, false),
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("url", DataTypes.StringType, true),
      DataTypes.createStructField("source", DataTypes.StringType, true),
      DataTypes.createStructField("language", DataTypes.StringType, true),
      DataTypes.createStructField("published", DataTypes.StringType, true),
      DataTypes.createStructField("json", DataTypes.StringType, false)});
  static final StructType FAILURES = new StructType(new StructField[] {
      DataTypes.createStructField("input", DataTypes.StringType, false),
      DataTypes.createStructField("reason", DataTypes.StringType, false)});

  private JobOutput() {}

  static void write(SparkSession spark, JavaRDD<Result> results, JobArguments run) {
    JavaRDD<Result.Analysed> analysed = results.filter(r -> r instanceof Result.Analysed).map(r -> (Result.Analysed) r);
    JavaRDD<Row> failures = results.filter(r -> r instanceof Result.Failed)
        .map(r -> RowFactory.create(((Result.Failed) r).input(), ((Result.Failed) r).reason()));
    Dataset<Row> failed = spark.createDataFrame(failures, FAILURES);
    if (run.format() == OutputFormat.JSONL) {
      // Spark's text writer adds exactly one "\n" after each line, as the CLI does
      spark.createDataset(analysed.map(Result.Analysed::json).rdd(), Encoders.STRING())
          .write().mode(SaveMode.ErrorIfExists).option("compression", run.gzip() ? "gzip" : "none")
          .text(run.analyses());
      failed.write().mode(SaveMode.ErrorIfExists).json(run.failures());
    } else {
      spark.createDataFrame(analysed.map(JobOutput::row), ANALYSES)
          .write().mode(SaveMode.ErrorIfExists).parquet(run.analyses());
      failed.write().mode(SaveMode.ErrorIfExists).parquet(run.failures());
    }
  }

  private static Row row(Result.Analysed a) {
    return RowFactory.create(a.id(), a.input(), a.url(), a.source(), a.language(), a.published(), a.json());
  }

  /** The column names of the Parquet analyses, in order. */
  static List<String> analysisColumns() {
    return List.of(ANALYSES.fieldNames());
  }
}
