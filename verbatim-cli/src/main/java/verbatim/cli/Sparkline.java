package verbatim.cli;

import java.util.List;

/**
 * Counts as a line of block characters, one a period: ▁ for none, ▂ to █ for one up to the most,
 * so that a period with a single use never looks like a period with none.
 */
final class Sparkline {
  private static final String BLOCKS = "▁▂▃▄▅▆▇█";

  private Sparkline() {}

  static String of(List<Long> counts) {
    long max = counts.stream().mapToLong(Long::longValue).max().orElse(0);
    StringBuilder s = new StringBuilder(counts.size());
    for (long count : counts) {
      if (count <= 0) {
        s.append(BLOCKS.charAt(0));
      } else {
        int steps = BLOCKS.length() - 1;
        s.append(BLOCKS.charAt((int) Math.ceil(count * (double) steps / max)));
      }
    }
    return s.toString();
  }
}
