package verbatim.bench.ner;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import verbatim.bench.Counts;

/**
 * conlleval's metric: an entity is correct only if its sentence, both boundaries and its type
 * equal a gold entity's. Micro precision, recall and F1 over the corpus, and the same per type.
 */
record SpanScore(Counts overall, Map<String, Counts> byType) {
  SpanScore {
    byType = Map.copyOf(byType);
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
