package verbatim.bench.quotes;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import verbatim.bench.Counts;

/**
 * The distinct spans of one role in one document, gold and predicted, normalized
 * ({@link Region#normalized}). Distinct because PolNeAR shares one Source span between the
 * relations of one speaker ("said Caddell, speaking of …") and a system may give one speaker to
 * several quotes: a span is one thing to find, however many relations use it (CofeNet's BIO
 * labels count it once too).
 */
record RoleSpans(Role role, List<Region> gold, List<Region> predicted) {
  RoleSpans {
    gold = List.copyOf(gold);
    predicted = List.copyOf(predicted);
  }

  static RoleSpans of(Role role, GoldDocument document, List<PredictedAttribution> predictions) {
    Set<Region> gold = new LinkedHashSet<>();
    for (GoldAttribution a : document.attributions()) {
      for (Region r : role.of(a)) {
        add(gold, r, document.text());
      }
    }
    Set<Region> predicted = new LinkedHashSet<>();
    for (PredictedAttribution p : predictions) {
      for (Region r : role.of(p)) {
        add(predicted, r, document.text());
      }
    }
    return new RoleSpans(role, new ArrayList<>(gold), new ArrayList<>(predicted));
  }

  private static void add(Set<Region> to, Region region, String text) {
    Region normalized = region.normalized(text);
    if (normalized != null) {
      to.add(normalized);
    }
  }

  /** One-to-one matching of gold and predicted spans: each gold span is found at most once. */
  Counts count(MatchKind kind) {
    int found = Matching.size(gold, predicted, kind);
    return new Counts(found, predicted.size() - found, gold.size() - found);
  }
}
