package verbatim.spark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * Documents per second of the job at local[1] and local[2], after the models are loaded, over
 * PolNeAR train texts packed as HTML responses into one WARC.gz, with the heap it took.
 *
 * <pre>java … verbatim.spark.SparkThroughput --shared ../shared --docs 200 --rounds 1 --work /tmp/spark-bench</pre>
 *
 * Both masters run in one JVM, as an executor's cores share one JVM: a small warm-up job first
 * loads the models and warms the code, then each timed job's wall time is measured around
 * {@link JobRun#run}: listing, reading the archive, analysis and writing the records.
 */
public final class SparkThroughput {
  private static final Instant FETCHED = Instant.parse("2016-11-01T00:00:00Z");
  private static final int WARM_UP_DOCS = 6;

  private SparkThroughput() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of(option(args, "--shared", "../shared"));
    int docs = Integer.parseInt(option(args, "--docs", "200"));
    int rounds = Integer.parseInt(option(args, "--rounds", "1"));
    Path work = Path.of(option(args, "--work", "/tmp/verbatim-spark-bench"));
    List<String> masters = List.of(option(args, "--masters", "local[1],local[2]").split(","));

    List<Path> texts = texts(shared.resolve("datasets/polnear/data/train/text"), docs);
    Files.createDirectories(work);
    Path warmUp = pack(texts.subList(0, WARM_UP_DOCS), work.resolve("warm-up-" + System.nanoTime() + ".warc.gz"));
    Path archive = pack(texts, work.resolve("polnear-train-" + texts.size() + "-" + System.nanoTime() + ".warc.gz"));
    System.out.printf(Locale.ROOT, "archive: %d documents, %,d bytes; load average at start: %s%n",
        texts.size(), Files.size(archive), loadAverage());
    System.out.println("| master | round | documents | seconds | documents/s | CPU s | cores used | documents per CPU-s"
        + " | peak heap MiB | heap after GC MiB | load average after |");
    double[] best = new double[masters.size()];
    for (int round = 1; round <= rounds; round++) {
      for (int m = 0; m < masters.size(); m++) {
        best[m] = Math.max(best[m], measure(masters.get(m), round, warmUp, archive, work));
      }
    }
    for (int m = 1; m < masters.size(); m++) {
      System.out.printf(Locale.ROOT, "%s / %s: %.2f×%n", masters.get(m), masters.get(0), best[m] / best[0]);
    }
  }

  private static double measure(String master, int round, Path warmUp, Path archive, Path work) throws IOException {
    SparkSession spark = SparkSession.builder().master(master).appName("verbatim spark throughput")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .getOrCreate();
    try {
      run(spark, warmUp, work.resolve("out-warm-up-" + System.nanoTime()));
      System.gc();
      heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
      long cpuStart = processCpuNanos();
      long start = System.nanoTime();
      JobRun.Report report = run(spark, archive, work.resolve("out-" + System.nanoTime()));
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpu = (processCpuNanos() - cpuStart) / 1e9;
      long peak = heapPools().stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
      System.gc();
      long after = heapPools().stream().mapToLong(p -> p.getUsage().getUsed()).sum();
      double rate = report.tally().analysed() / seconds;
      System.out.printf(Locale.ROOT, "| %s | %d | %d analysed, %d failed | %.1f | %.2f | %.1f | %.2f | %.2f | %d | %d | %s |%n",
          master, round, report.tally().analysed(), report.tally().failed(), seconds, rate, cpu, cpu / seconds,
          report.tally().analysed() / cpu, peak >> 20, after >> 20, loadAverage());
      return rate;
    } finally {
      spark.stop();
    }
  }

  private static JobRun.Report run(SparkSession spark, Path archive, Path out) throws IOException {
    return JobRun.run(spark, new JobArguments(List.of(archive.toString()), out.toString(), OutputFormat.JSONL, false, 0,
        JobSettings.defaults()));
  }

  /** CPU time of this whole JVM: the driver's share is small beside the analysis. */
  private static long processCpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream().filter(p -> p.getType() == MemoryType.HEAP).toList();
  }

  private static List<Path> texts(Path folder, int docs) throws IOException {
    try (Stream<Path> files = Files.list(folder)) {
      List<Path> texts = files.filter(f -> f.toString().endsWith(".txt")).sorted().limit(docs).toList();
      if (texts.size() < docs) {
        throw new IllegalArgumentException(folder + " holds " + texts.size() + " texts, fewer than --docs " + docs);
      }
      return texts;
    }
  }

  /** Each text as an HTML page (its first line the title, its lines paragraphs) in a 200 response record. */
  static Path pack(List<Path> texts, Path file) throws IOException {
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        WarcCompression.GZIP)) {
      for (Path text : texts) {
        String name = text.getFileName().toString().replaceFirst("\\.txt$", "");
        byte[] page = html(Files.readString(text, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        HttpResponse http = new HttpResponse.Builder(200, "OK").body(MediaType.parse("text/html; charset=utf-8"), page).build();
        writer.write(new WarcResponse.Builder(URI.create("https://polnear.example/" + name)).date(FETCHED).body(http).build());
      }
    }
    return file;
  }

  private static String html(String text) {
    List<String> lines = new ArrayList<>();
    for (String line : text.split("\n")) {
      if (!line.isBlank()) {
        lines.add(escape(line.strip()));
      }
    }
    StringBuilder page = new StringBuilder("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>")
        .append(lines.isEmpty() ? "" : lines.get(0)).append("</title></head><body><article>\n");
    for (String line : lines) {
      page.append("<p>").append(line).append("</p>\n");
    }
    return page.append("</article></body></html>\n").toString();
  }

  private static String escape(String s) {
    return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  private static String loadAverage() {
    try {
      String[] parts = Files.readString(Path.of("/proc/loadavg")).split(" ");
      return parts[0] + " " + parts[1] + " " + parts[2];
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static String option(String[] args, String name, String fallback) {
    for (int i = 0; i + 1 < args.length; i++) {
      if (args[i].equals(name)) {
        return args[i + 1];
      }
    }
    return fallback;
  }
}
