package verbatim.bench.quotes;

import java.util.Arrays;
import java.util.List;

/**
 * A maximum one-to-one matching between gold and predicted spans (Kuhn's augmenting paths). A
 * greedy matching would undercount overlap matches when one prediction overlaps two gold spans;
 * documents hold at most a few hundred spans, so the exact answer is cheap.
 */
final class Matching {
  private Matching() {}

  /** How many gold spans are matched, each to a different predicted span. */
  static int size(List<Region> gold, List<Region> predicted, MatchKind kind) {
    boolean[][] can = new boolean[gold.size()][predicted.size()];
    for (int g = 0; g < gold.size(); g++) {
      for (int p = 0; p < predicted.size(); p++) {
        can[g][p] = kind.matches(gold.get(g), predicted.get(p));
      }
    }
    int[] goldOf = new int[predicted.size()];
    Arrays.fill(goldOf, -1);
    int size = 0;
    for (int g = 0; g < gold.size(); g++) {
      if (augment(g, can, goldOf, new boolean[predicted.size()])) {
        size++;
      }
    }
    return size;
  }

  private static boolean augment(int g, boolean[][] can, int[] goldOf, boolean[] seen) {
    for (int p = 0; p < goldOf.length; p++) {
      if (can[g][p] && !seen[p]) {
        seen[p] = true;
        if (goldOf[p] < 0 || augment(goldOf[p], can, goldOf, seen)) {
          goldOf[p] = g;
          return true;
        }
      }
    }
    return false;
  }
}
