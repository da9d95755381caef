package verbatim.bench.quotes;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;

/**
 * Loads one system, warms it up on other documents if asked, then runs it over the documents on a
 * fixed number of threads. Load time and throughput are measured apart, and throughput only
 * after the warm-up: a researcher's run over an archive spends nearly all its time with the JIT's
 * work done, which a cold run of 84 documents does not show; a document that throws gets no predictions and is counted as
 * failed, so that one bad input does not lose the run.
 */
final class SystemRun {
  private SystemRun() {}

  /** What one system produced on the split, with how long it took. */
  record Result(String name, String settings, String notes, double loadSeconds, int warmupDocuments,
      double documentsPerSecond,
      int threads, double documentsPerCpuSecond, double loadAverage, double heapAfterLoadMb, double peakHeapMb,
      List<String> failures,
      List<List<PredictedAttribution>> predictions) {
    Result {
      failures = List.copyOf(failures);
      predictions = List.copyOf(predictions);
    }
  }

  static Result run(Supplier<AttributionSystem> factory, List<GoldDocument> warmup, List<GoldDocument> documents,
      int threads) throws InterruptedException {
    usedHeapMb();
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
    long start = System.nanoTime();
    AttributionSystem system = factory.get();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    double heapAfterLoad = usedHeapMb();
    if (!warmup.isEmpty()) {
      parallel(system, warmup, threads, new ArrayList<>());
    }

    start = System.nanoTime();
    long cpuStart = processCpuNanos();
    List<String> failures = new ArrayList<>();
    List<List<PredictedAttribution>> predictions = parallel(system, documents, threads, failures);
    double seconds = (System.nanoTime() - start) / 1e9;
    double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
    double loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    return new Result(system.name(), system.settings(), system.notes(), loadSeconds, warmup.size(),
        documents.size() / seconds,
        threads, documents.size() / cpuSeconds, loadAverage, heapAfterLoad, peakHeapMb(), failures, predictions);
  }

  private static List<List<PredictedAttribution>> parallel(AttributionSystem system, List<GoldDocument> documents,
      int threads, List<String> failures) throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<List<PredictedAttribution>>> futures = new ArrayList<>();
      for (GoldDocument d : documents) {
        futures.add(pool.submit(() -> system.attribute(d.text())));
      }
      List<List<PredictedAttribution>> out = new ArrayList<>();
      for (int i = 0; i < futures.size(); i++) {
        try {
          out.add(futures.get(i).get());
          if ((i + 1) % 10 == 0) {
            System.err.printf("   %s: %d of %d documents%n", system.name(), i + 1, futures.size());
          }
        } catch (ExecutionException e) {
          failures.add(documents.get(i).name() + ": " + e.getCause());
          out.add(List.of());
        }
      }
      return out;
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * The sum of the heap pools' peaks since the reset: an upper bound, since the pools need not
   * peak at the same moment.
   */
  private static double peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes / (1024.0 * 1024.0);
  }

  /**
   * CPU time of this whole JVM (GC and JIT included): documents per CPU-second stays meaningful
   * when other processes compete for the cores and wall-clock speed does not.
   */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  private static double usedHeapMb() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }
}
