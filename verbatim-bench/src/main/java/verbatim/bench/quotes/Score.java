package verbatim.bench.quotes;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import verbatim.bench.Counts;
import verbatim.core.model.Span;

/**
 * The figures of one system over a split, micro-averaged: counts are summed over documents
 * before P/R/F1 are taken. Filled one document at a time by {@link #add}.
 */
final class Score {
  /** A predicted content must cover this share of the gold content's characters to find it. */
  static final double CONTENT_COVER = 0.5;

  static final String DEFINITIONS = String.join("\n",
      "Definitions (character offsets; micro-averaged over the split):",
      " - spans of a role are the distinct spans of that role in a document (Content2 counts as Content),",
      "   each trimmed of surrounding whitespace, fragments separated only by whitespace joined;",
      " - exact: a prediction is a TP if it equals an unmatched gold span of the same role and document",
      "   (same set of fragments); one-to-one maximum matching; P = TP/predicted, R = TP/gold;",
      " - overlap: the same with 'shares at least one character'; begin: 'starts at the same character'",
      "   (cf. CofeNet Table 7, which compares first tokens);",
      " - right source: share of gold attributions with a Source whose content is covered >= 50% (of the",
      "   gold content's characters) by one predicted attribution whose source overlaps the gold Source;",
      " - content found: the same without the source condition, over all gold attributions;",
      " - per kind: share of that kind's predictions whose content equals / overlaps some gold Content.");

  private final Map<Role, Map<MatchKind, Counts>> counts = new EnumMap<>(Role.class);
  private final Map<String, int[]> kinds = new TreeMap<>();
  private final Map<String, int[]> rules = new TreeMap<>();
  private int goldWithSource;
  private int rightSource;
  private int goldAttributions;
  private int contentFound;
  private int documents;

  void add(GoldDocument document, List<PredictedAttribution> predicted) {
    documents++;
    for (Role role : Role.values()) {
      RoleSpans spans = RoleSpans.of(role, document, predicted);
      Map<MatchKind, Counts> byKind = counts.computeIfAbsent(role, r -> new EnumMap<>(MatchKind.class));
      for (MatchKind kind : MatchKind.values()) {
        byKind.merge(kind, spans.count(kind), Counts::plus);
      }
    }
    addAttributions(document, predicted);
    addKinds(document, predicted);
  }

  private void addAttributions(GoldDocument document, List<PredictedAttribution> predicted) {
    String text = document.text();
    for (GoldAttribution gold : document.attributions()) {
      Region content = union(gold.content(), text);
      if (content == null) {
        continue;
      }
      goldAttributions++;
      Region source = gold.source() == null ? null : gold.source().normalized(text);
      boolean found = false;
      boolean right = false;
      for (PredictedAttribution p : predicted) {
        Region pc = p.contentRegion().normalized(text);
        if (pc == null || pc.overlap(content) < CONTENT_COVER * content.length()) {
          continue;
        }
        found = true;
        Region ps = p.source() == null ? null : Region.of(p.source()).normalized(text);
        right |= source != null && ps != null && ps.overlap(source) > 0;
      }
      contentFound += found ? 1 : 0;
      if (source != null) {
        goldWithSource++;
        rightSource += right ? 1 : 0;
      }
    }
  }

  private void addKinds(GoldDocument document, List<PredictedAttribution> predicted) {
    RoleSpans gold = RoleSpans.of(Role.CONTENT, document, List.of());
    for (PredictedAttribution p : predicted) {
      Region pc = p.contentRegion().normalized(document.text());
      int[] k = kinds.computeIfAbsent(p.kind() == null ? "-" : p.kind(), x -> new int[3]);
      int[] r = p.rule() == null ? new int[3] : rules.computeIfAbsent(ruleFamily(p.rule()), x -> new int[3]);
      k[0]++;
      r[0]++;
      if (pc != null && gold.gold().stream().anyMatch(g -> MatchKind.EXACT.matches(g, pc))) {
        k[1]++;
        r[1]++;
      }
      if (pc != null && gold.gold().stream().anyMatch(g -> MatchKind.OVERLAP.matches(g, pc))) {
        k[2]++;
        r[2]++;
      }
    }
  }

  /** All content fragments of an attribution as one region, or {@code null} if only whitespace. */
  static Region union(List<Region> content, String text) {
    List<Span> fragments = content.stream().flatMap(r -> r.fragments().stream()).toList();
    return fragments.isEmpty() ? null : new Region(fragments).normalized(text);
  }

  Counts counts(Role role, MatchKind kind) {
    return counts.getOrDefault(role, Map.of()).getOrDefault(kind, Counts.ZERO);
  }

  double rightSourceShare() {
    return goldWithSource == 0 ? 0 : (double) rightSource / goldWithSource;
  }

  int goldWithSource() {
    return goldWithSource;
  }

  double contentFoundShare() {
    return goldAttributions == 0 ? 0 : (double) contentFound / goldAttributions;
  }

  int goldAttributions() {
    return goldAttributions;
  }

  int documents() {
    return documents;
  }

  /** Per system label (verbatim's quote kind): predictions, exact content hits, overlapping ones. */
  /** A rule without what was added to it later ("; continued in the next paragraph"). */
  private static String ruleFamily(String rule) {
    int cut = rule.indexOf(';');
    return cut < 0 ? rule : rule.substring(0, cut);
  }

  /** Per rule that decided a prediction: predicted, content exact, content overlap. */
  Map<String, int[]> rules() {
    Map<String, int[]> copy = new TreeMap<>();
    rules.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }

  Map<String, int[]> kinds() {
    Map<String, int[]> copy = new TreeMap<>();
    kinds.forEach((k, v) -> copy.put(k, v.clone()));
    return copy;
  }
}
