package verbatim.bench.extraction;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The trafilatura-eval metric: counts of "with" segments found (tp) or missed (fn) and of
 * "without" segments found (fp) or absent (tn), by substring after whitespace normalization.
 * Scores add up over documents; the ratios are taken on the sums.
 */
public record SegmentScore(int tp, int fn, int fp, int tn) {
  private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  public static final SegmentScore ZERO = new SegmentScore(0, 0, 0, 0);

  public static SegmentScore of(String output, List<String> with, List<String> without) {
    String text = normalize(output == null ? "" : output);
    int tp = 0;
    int fp = 0;
    for (String segment : with) {
      tp += found(text, segment) ? 1 : 0;
    }
    for (String segment : without) {
      fp += found(text, segment) ? 1 : 0;
    }
    return new SegmentScore(tp, with.size() - tp, fp, without.size() - fp);
  }

  /** An empty output finds nothing, not even an empty segment (the crash/empty rule upstream). */
  private static boolean found(String text, String segment) {
    return !text.isEmpty() && text.contains(normalize(segment));
  }

  /** Python's Unicode {@code \\s}, as upstream uses it: no-break spaces count as whitespace. */
  static String normalize(String s) {
    return SPACES.matcher(s).replaceAll(" ").strip();
  }

  public SegmentScore plus(SegmentScore o) {
    return new SegmentScore(tp + o.tp, fn + o.fn, fp + o.fp, tn + o.tn);
  }

  public double precision() {
    return tp + fp == 0 ? 0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  public double accuracy() {
    int all = tp + fn + fp + tn;
    return all == 0 ? 0 : (double) (tp + tn) / all;
  }

  public int errors() {
    return fn + fp;
  }
}
