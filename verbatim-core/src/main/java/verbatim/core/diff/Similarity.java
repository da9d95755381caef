package verbatim.core.diff;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike two sentences are: the Dice coefficient of their longest common subsequence of
 * normalised words, {@code 2 · LCS / (|a| + |b|)}, from 0 (no word in common) to 1 (the same
 * words in the same order). Order counts, unlike a bag of words: the same words shuffled into
 * another claim are not the same sentence. Punctuation is left out.
 */
final class Similarity {
  /** Past this many cells the LCS table is not worth it: the bag-of-words bound is used instead. */
  private static final long MAX_CELLS = 1_000_000;

  private Similarity() {}

  /**
   * The similarity of {@code a} and {@code b}, exact when it can reach {@code floor}; when the
   * bag-of-words bound (which LCS never exceeds) is already under {@code floor}, that bound.
   */
  static double of(List<String> a, List<String> b, double floor) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    double bound = bag(a, b);
    if (bound < floor || (long) a.size() * b.size() > MAX_CELLS) {
      return bound;
    }
    return 2.0 * lcs(a, b) / (a.size() + b.size());
  }

  /** Dice of the two multisets of words. */
  static double bag(List<String> a, List<String> b) {
    Map<String, Integer> counts = new HashMap<>();
    for (String w : a) {
      counts.merge(w, 1, Integer::sum);
    }
    int shared = 0;
    for (String w : b) {
      Integer n = counts.get(w);
      if (n != null && n > 0) {
        shared++;
        counts.put(w, n - 1);
      }
    }
    return 2.0 * shared / (a.size() + b.size());
  }

  static int lcs(List<String> a, List<String> b) {
    int[] previous = new int[b.size() + 1];
    int[] current = new int[b.size() + 1];
    for (int i = 1; i <= a.size(); i++) {
      String word = a.get(i - 1);
      for (int j = 1; j <= b.size(); j++) {
        current[j] = word.equals(b.get(j - 1)) ? previous[j - 1] + 1 : Math.max(previous[j], current[j - 1]);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.size()];
  }
}
