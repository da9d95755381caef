package verbatim.core.input;

import java.util.Map;
import java.util.TreeMap;

/** The running count behind a source's {@link Skipped}; one source, one thread. */
final class SkipTally {
  private final Map<String, Long> counts = new TreeMap<>();

  void count(String reason) {
    counts.merge(reason, 1L, Long::sum);
  }

  Skipped snapshot() {
    return counts.isEmpty() ? Skipped.NONE : new Skipped(counts);
  }
}
