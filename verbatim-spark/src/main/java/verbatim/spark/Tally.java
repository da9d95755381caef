package verbatim.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.TreeMap;
import verbatim.core.input.Skipped;

/**
 * What a run did, counted in one pass over its results.
 *
 * @param analysed documents analysed by the job
 * @param imported analysis lines read from JSON Lines inputs and written as they were
 * @param failed documents and records that could not be read or analysed
 * @param skipped records passed over on purpose (not pages, not HTML, not status 200), by reason
 */
public record Tally(long analysed, long imported, long failed, Map<String, Long> skipped) implements Serializable {
  public static final Tally NONE = new Tally(0, 0, 0, Map.of());

  public Tally {
    skipped = Map.copyOf(skipped);
  }

  Tally with(Result result) {
    if (result instanceof Result.Analysed a) {
      return a.imported() ? new Tally(analysed, imported + 1, failed, skipped) : new Tally(analysed + 1, imported, failed, skipped);
    }
    if (result instanceof Result.Failed) {
      return new Tally(analysed, imported, failed + 1, skipped);
    }
    if (result instanceof Result.Passed passed) {
      return new Tally(analysed, imported, failed, sum(skipped, passed.byReason()));
    }
    throw new AssertionError(result);
  }

  Tally plus(Tally other) {
    return new Tally(analysed + other.analysed, imported + other.imported, failed + other.failed,
        sum(skipped, other.skipped));
  }

  private static Map<String, Long> sum(Map<String, Long> a, Map<String, Long> b) {
    Map<String, Long> sum = new TreeMap<>(a);
    b.forEach((reason, n) -> sum.merge(reason, n, Long::sum));
    return sum;
  }

  /** For a person: {@code 12 analysed, 1 imported, 2 failed; 3 skipped (1 HTTP status 404, 2 request record)}. */
  @Override
  public String toString() {
    String counts = analysed + " analysed, " + imported + " imported, " + failed + " failed";
    Skipped passed = new Skipped(skipped);
    return passed.total() == 0 ? counts : counts + "; " + passed;
  }
}
