package verbatim.core.input;

import java.time.Duration;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Spaces the requests to each host: a caller books the next free slot for its host and waits
 * for it, so threads sharing a pacer still never hit one host faster than the delay allows. The
 * delay also runs from the end of each exchange ({@link #done}): a request that took long to
 * connect must not arrive at the host just after the next one.
 */
final class HostPacer {
  private final Map<String, Long> nextFree = new HashMap<>();

  /** Waits until {@code host} may be asked again, and books the slot after for the next caller. */
  void awaitTurn(String host, Duration delay) throws InterruptedException {
    long slot;
    synchronized (this) {
      String key = host.toLowerCase(Locale.ROOT);
      long now = System.nanoTime();
      slot = Math.max(now, nextFree.getOrDefault(key, now));
      nextFree.put(key, slot + delay.toNanos());
    }
    long wait = slot - System.nanoTime();
    if (wait > 0) {
      Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
    }
  }

  /** The exchange with {@code host} ended now: its next request waits the delay from here. */
  synchronized void done(String host, Duration delay) {
    String key = host.toLowerCase(Locale.ROOT);
    long earliest = System.nanoTime() + delay.toNanos();
    nextFree.merge(key, earliest, Math::max);
  }
}
