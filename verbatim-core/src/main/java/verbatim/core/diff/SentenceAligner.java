package verbatim.core.diff;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pairs the sentences of two versions: first those that are the same sentence (white space
 * aside), in order, then among the rest the most similar pairs at or above
 * {@link #REWORDED_AT}, best first, each sentence in at most one pair.
 *
 * <p>The search for similar sentences is bounded so that long documents stay near linear: a
 * sentence is only compared with the sentences of the other version that share a content word
 * with it (found through an index of content words), words in more than {@link #MAX_POSTINGS}
 * sentences are too common to point anywhere, and only the {@link #MAX_CANDIDATES} sentences
 * sharing the most words are scored.
 */
final class SentenceAligner {
  /**
   * Half the words of the pair kept in order. Below that a word-level diff shows more red and
   * green than kept words, and an analyst reads the pair better as one sentence removed and
   * another added; at 0.5 and above it is the same sentence with its wording changed. Unrelated
   * sentences of one statement, which share only function words, score around 0.1 to 0.3.
   */
  static final double REWORDED_AT = 0.5;
  static final int MAX_POSTINGS = 100;
  static final int MAX_CANDIDATES = 8;

  /** Sentence {@code a} of the first version is sentence {@code b} of the second. */
  record Match(int a, int b, double similarity) {}

  private SentenceAligner() {}

  /** The pairs, ordered by their sentence in the first version. */
  static List<Match> align(List<SentenceView> a, List<SentenceView> b) {
    Match[] byA = new Match[a.size()];
    boolean[] taken = new boolean[b.size()];
    identical(a, b, byA, taken);
    similar(a, b, byA, taken);
    List<Match> matches = new ArrayList<>();
    for (Match m : byA) {
      if (m != null) {
        matches.add(m);
      }
    }
    return matches;
  }

  private static void identical(List<SentenceView> a, List<SentenceView> b, Match[] byA, boolean[] taken) {
    Map<String, ArrayDeque<Integer>> byKey = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      byKey.computeIfAbsent(b.get(j).key, k -> new ArrayDeque<>()).add(j);
    }
    for (int i = 0; i < a.size(); i++) {
      ArrayDeque<Integer> same = byKey.get(a.get(i).key);
      if (same != null && !same.isEmpty()) {
        int j = same.poll();
        byA[i] = new Match(i, j, 1.0);
        taken[j] = true;
      }
    }
  }

  private static void similar(List<SentenceView> a, List<SentenceView> b, Match[] byA, boolean[] taken) {
    Map<String, List<Integer>> postings = new HashMap<>();
    for (int j = 0; j < b.size(); j++) {
      if (!taken[j]) {
        for (String w : b.get(j).contentWords) {
          postings.computeIfAbsent(w, k -> new ArrayList<>()).add(j);
        }
      }
    }
    List<Match> candidates = new ArrayList<>();
    for (int i = 0; i < a.size(); i++) {
      if (byA[i] != null) {
        continue;
      }
      for (int j : closest(i, a, b, postings)) {
        double s = Similarity.of(a.get(i).words, b.get(j).words, REWORDED_AT);
        if (s >= REWORDED_AT) {
          candidates.add(new Match(i, j, Math.min(s, 1.0)));
        }
      }
    }
    candidates.sort(Comparator.comparingDouble(Match::similarity).reversed()
        .thenComparingDouble(m -> drift(m.a(), a.size(), m.b(), b.size()))
        .thenComparingInt(Match::a).thenComparingInt(Match::b));
    for (Match m : candidates) {
      if (byA[m.a()] == null && !taken[m.b()]) {
        byA[m.a()] = m;
        taken[m.b()] = true;
      }
    }
  }

  /** The sentences of {@code b} sharing the most content words with sentence {@code i}, at most {@link #MAX_CANDIDATES}. */
  private static List<Integer> closest(int i, List<SentenceView> a, List<SentenceView> b,
      Map<String, List<Integer>> postings) {
    Map<Integer, Integer> shared = new LinkedHashMap<>();
    for (String w : a.get(i).contentWords) {
      List<Integer> p = postings.get(w);
      if (p != null && p.size() <= MAX_POSTINGS) {
        for (int j : p) {
          shared.merge(j, 1, Integer::sum);
        }
      }
    }
    return shared.entrySet().stream()
        .sorted(Map.Entry.<Integer, Integer>comparingByValue().reversed()
            .thenComparingDouble(e -> drift(i, a.size(), e.getKey(), b.size())))
        .limit(MAX_CANDIDATES)
        .map(Map.Entry::getKey)
        .toList();
  }

  /** How far apart two sentences are in their documents, as a share of each document's length. */
  private static double drift(int i, int sizeA, int j, int sizeB) {
    return Math.abs((double) i / Math.max(1, sizeA) - (double) j / Math.max(1, sizeB));
  }
}
