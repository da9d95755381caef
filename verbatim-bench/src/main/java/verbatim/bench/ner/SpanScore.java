package verbatim.bench.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * conlleval's metric: an entity is correct only if its sentence, both boundaries and its type
 * equal a gold entity's. Micro precision, recall and F1 over the corpus, and the same per type.
 */
record SpanScore(Counts overall, Map<String, Counts> byType) {
  SpanScore {
    byType = Map.copyOf(byType);
  }

  /** True positives, false positives and false negatives of one type or of all. */
  record Counts(int truePositives, int falsePositives, int falseNegatives) {
    Counts {
      if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
        throw new IllegalArgumentException("negative count");
      }
    }

    static final Counts ZERO = new Counts(0, 0, 0);

    Counts plus(Counts o) {
      return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
          falseNegatives + o.falseNegatives);
    }

    /** Precision in [0, 1]; 0 when nothing was predicted, as conlleval prints it. */
    double precision() {
      int predicted = truePositives + falsePositives;
      return predicted == 0 ? 0 : (double) truePositives / predicted;
    }

    double recall() {
      int gold = truePositives + falseNegatives;
      return gold == 0 ? 0 : (double) truePositives / gold;
    }

    double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  static SpanScore of(List<Entity> gold, List<Entity> predicted) {
    Set<Entity> goldSet = new HashSet<>(gold);
    Set<Entity> predictedSet = new HashSet<>(predicted);
    Map<String, Counts> byType = new TreeMap<>();
    for (Entity e : predictedSet) {
      Counts c = goldSet.contains(e) ? new Counts(1, 0, 0) : new Counts(0, 1, 0);
      byType.merge(e.type(), c, Counts::plus);
    }
    for (Entity e : goldSet) {
      if (!predictedSet.contains(e)) {
        byType.merge(e.type(), new Counts(0, 0, 1), Counts::plus);
      }
    }
    Counts overall = byType.values().stream().reduce(Counts.ZERO, Counts::plus);
    return new SpanScore(overall, byType);
  }

  /** The counts of one type; zero when neither gold nor prediction has it. */
  Counts type(String type) {
    return byType.getOrDefault(type, Counts.ZERO);
  }
}
