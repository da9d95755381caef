package verbatim.bench.corpus;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;

/** Query latencies by kind, in nanoseconds, and the hits each query found. */
final class Latencies {
  /** The figures of one kind of query. */
  record Summary(String kind, int queries, double p50Ms, double p99Ms, double maxMs, double meanHits) {}

  private final Map<String, long[]> nanos = new LinkedHashMap<>();
  private final Map<String, long[]> hits = new LinkedHashMap<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  void record(String kind, long elapsedNanos, long found) {
    int n = counts.getOrDefault(kind, 0);
    long[] times = nanos.computeIfAbsent(kind, k -> new long[16]);
    long[] totals = hits.computeIfAbsent(kind, k -> new long[16]);
    if (n == times.length) {
      times = Arrays.copyOf(times, n * 2);
      totals = Arrays.copyOf(totals, n * 2);
      nanos.put(kind, times);
      hits.put(kind, totals);
    }
    times[n] = elapsedNanos;
    totals[n] = found;
    counts.put(kind, n + 1);
  }

  Summary summary(String kind) {
    int n = counts.getOrDefault(kind, 0);
    long[] times = Arrays.copyOf(nanos.getOrDefault(kind, new long[0]), n);
    return summary(kind, times, Arrays.stream(hits.getOrDefault(kind, new long[0]), 0, n).average().orElse(0));
  }

  /** Every kind together. */
  Summary all(String label) {
    long[] times = new long[0];
    long found = 0;
    for (String kind : counts.keySet()) {
      int n = counts.get(kind);
      int at = times.length;
      times = Arrays.copyOf(times, at + n);
      System.arraycopy(nanos.get(kind), 0, times, at, n);
      found += Arrays.stream(hits.get(kind), 0, n).sum();
    }
    return summary(label, times, times.length == 0 ? 0 : (double) found / times.length);
  }

  private static Summary summary(String kind, long[] times, double meanHits) {
    Arrays.sort(times);
    if (times.length == 0) {
      return new Summary(kind, 0, 0, 0, 0, 0);
    }
    return new Summary(kind, times.length, percentile(times, 0.50), percentile(times, 0.99),
        times[times.length - 1] / 1e6, meanHits);
  }

  /** The nearest-rank percentile, in milliseconds. */
  private static double percentile(long[] sorted, double p) {
    int rank = (int) Math.ceil(p * sorted.length);
    return sorted[Math.max(0, rank - 1)] / 1e6;
  }
}
