package verbatim.spark;

import java.util.List;
import java.util.Objects;

/**
 * One run of the job.
 *
 * @param inputs globs or folders, on any file system Hadoop reads ({@code file:}, {@code hdfs:}, {@code s3a:}, …)
 * @param output the folder to create: {@code analyses/} and {@code failures/} go in it
 * @param format how records are written
 * @param gzip whether JSON Lines parts are gzip-compressed
 * @param partitions how many analysis tasks, or 0 for three per core of the cluster (and at least one per file)
 * @param settings how documents are read and analysed
 */
public record JobArguments(List<String> inputs, String output, OutputFormat format, boolean gzip, int partitions,
    JobSettings settings) {
  public JobArguments {
    inputs = List.copyOf(inputs);
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("at least one --input is needed");
    }
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(settings, "settings");
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 (automatic) or more, was " + partitions);
    }
  }

  public String analyses() {
    return output + "/analyses";
  }

  public String failures() {
    return output + "/failures";
  }
}
