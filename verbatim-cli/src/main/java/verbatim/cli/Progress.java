package verbatim.cli;

import java.io.PrintStream;
import java.time.Duration;

/**
 * A one-line progress report on a terminal (documents done, rate, ETA), redrawn at most a few
 * times a second; silent when standard error is not a terminal. A total below zero means unknown
 * (a stream of archives and feeds): no ETA then.
 */
final class Progress implements AutoCloseable {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final long total;
  private final long start = System.nanoTime();
  private long lastDraw;
  private long done;
  private long failed;

  Progress(PrintStream err, boolean enabled, long total) {
    this.err = err;
    this.enabled = enabled;
    this.total = total;
  }

  void step(boolean ok) {
    done++;
    if (!ok) {
      failed++;
    }
    long now = System.nanoTime();
    if (enabled && (now - lastDraw > REDRAW_NANOS || done == total)) {
      lastDraw = now;
      err.print("\r\033[K" + line(now));
      err.flush();
    }
  }

  String line(long now) {
    double seconds = Math.max((now - start) / 1e9, 1e-9);
    double rate = done / seconds;
    StringBuilder s = new StringBuilder();
    s.append(done);
    if (total >= 0) {
      s.append('/').append(total);
    }
    s.append(" documents");
    if (failed > 0) {
      s.append(", ").append(failed).append(" failed");
    }
    s.append(String.format(", %.1f/s", rate));
    if (total >= 0 && done < total && rate > 0) {
      s.append(", ETA ").append(format(Duration.ofSeconds((long) ((total - done) / rate))));
    }
    return s.toString();
  }

  private static String format(Duration d) {
    return d.toHours() > 0
        ? String.format("%d:%02d:%02d", d.toHours(), d.toMinutesPart(), d.toSecondsPart())
        : String.format("%d:%02d", d.toMinutesPart(), d.toSecondsPart());
  }

  @Override
  public void close() {
    if (enabled && done > 0) {
      err.print("\r\033[K");
      err.flush();
    }
  }
}
