package verbatim.core.diff;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.diff.SentenceAligner.Match;

/**
 * Which matched sentences moved, and the order the rows are read in.
 *
 * <p>The sentences that stayed in place are the largest set of matches whose order is the same in
 * both versions: a longest common subsequence of the two alignments, found as a heaviest increasing
 * subsequence of second-version positions in {@code O(n log n)}. Each match weighs one sentence,
 * and a little more for each of its words, so that when two readings move as many sentences the
 * shorter sentences are the ones said to have moved. Every other match is {@link SentenceStatus#MOVED}.
 *
 * <p>Rows follow the second version; a removed sentence comes where it stood in the first, before
 * the sentences added at that place.
 */
final class ReadingOrder {
  /** A row before its word edits are found: indexes into the two versions' sentences, or -1. */
  record Row(SentenceStatus status, int a, int b, double similarity) {}

  private ReadingOrder() {}

  static List<Row> rows(List<Match> matches, List<SentenceView> a, List<SentenceView> b) {
    boolean[] inPlace = inPlace(matches, a);
    Match[] byA = new Match[a.size()];
    Match[] byB = new Match[b.size()];
    boolean[] anchorA = new boolean[a.size()];
    for (int k = 0; k < matches.size(); k++) {
      Match m = matches.get(k);
      byA[m.a()] = m;
      byB[m.b()] = m;
      anchorA[m.a()] = inPlace[k];
    }
    List<Row> rows = new ArrayList<>(a.size() + b.size());
    int i = 0;
    int j = 0;
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && byA[i] == null) {
        rows.add(new Row(SentenceStatus.REMOVED, i++, -1, 0));
      } else if (i < a.size() && !anchorA[i]) {
        i++; // a moved sentence: its row comes where it now stands in the second version
      } else if (j < b.size() && byB[j] == null) {
        rows.add(new Row(SentenceStatus.ADDED, -1, j++, 0));
      } else if (j < b.size() && !anchorA[byB[j].a()]) {
        Match m = byB[j++];
        rows.add(new Row(SentenceStatus.MOVED, m.a(), m.b(), m.similarity()));
      } else {
        // both at a sentence that stayed in place: the same pair, since such pairs keep their order
        Match m = byA[i];
        if (j >= b.size() || m.b() != j) {
          throw new AssertionError("in-place pairs out of order at " + i + ", " + j);
        }
        rows.add(new Row(m.similarity() == 1.0 && a.get(m.a()).key.equals(b.get(m.b()).key)
            ? SentenceStatus.KEPT : SentenceStatus.REWORDED, m.a(), m.b(), m.similarity()));
        i++;
        j++;
      }
    }
    return rows;
  }

  /** For each match (ordered by {@code a}), whether it belongs to the heaviest in-order set. */
  private static boolean[] inPlace(List<Match> matches, List<SentenceView> a) {
    int n = matches.size();
    long[] best = new long[n];
    int[] previous = new int[n];
    int maxB = -1;
    for (Match m : matches) {
      maxB = Math.max(maxB, m.b());
    }
    PrefixMax tree = new PrefixMax(maxB + 1);
    for (int k = 0; k < n; k++) {
      Match m = matches.get(k);
      long weight = 1_000_000L + a.get(m.a()).words.size();
      int before = tree.argmax(m.b() - 1);
      best[k] = weight + (before < 0 ? 0 : best[before]);
      previous[k] = before;
      tree.offer(m.b(), best[k], k);
    }
    boolean[] inPlace = new boolean[n];
    int top = tree.argmax(maxB);
    for (int k = top; k >= 0; k = previous[k]) {
      inPlace[k] = true;
    }
    return inPlace;
  }

  /** A Fenwick tree of maxima over positions: which entry at or before a position scores best. */
  private static final class PrefixMax {
    private final long[] value;
    private final int[] index;

    PrefixMax(int size) {
      value = new long[size + 1];
      index = new int[size + 1];
      java.util.Arrays.fill(index, -1);
    }

    void offer(int position, long score, int entry) {
      for (int p = position + 1; p < value.length; p += p & -p) {
        if (index[p] < 0 || score > value[p]) {
          value[p] = score;
          index[p] = entry;
        }
      }
    }

    /** The best entry at positions {@code 0..position}, or -1 when there is none. */
    int argmax(int position) {
      int bestEntry = -1;
      long bestScore = Long.MIN_VALUE;
      for (int p = position + 1; p > 0; p -= p & -p) {
        if (index[p] >= 0 && value[p] > bestScore) {
          bestScore = value[p];
          bestEntry = index[p];
        }
      }
      return bestEntry;
    }
  }
}
