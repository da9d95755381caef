package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/**
 * One report per content. Two rules, or a rule and the model, can arrive at the same words: a
 * quote the rules left unattributed and the learned cue that reports it ("…, saying [“…”]"), or
 * "issued a statement [calling …]" found from the verb and from the noun. PolNeAR gives such words
 * one attribution, so the second report is only a false one. On dev with the model there were 24
 * such pairs. The report that says most is kept: one with a speaker before one without, one with
 * a cue before one without, the rules' before the model's, then the surer one.
 */
final class RepeatedReports {
  private static final Comparator<Quote> MOST_TOLD = Comparator
      .comparing((Quote q) -> !(q.speaker() instanceof Speaker.Unknown))
      .thenComparing(q -> q.cue() != null)
      .thenComparing(q -> !q.rule().equals(CueCandidates.RULE))
      .thenComparingDouble(Quote::confidence);

  private RepeatedReports() {}

  /** The quotes less the repeats, in their order. Quoted terms are left as they are. */
  static List<Quote> withoutRepeats(List<Quote> quotes) {
    Map<List<Span>, Quote> kept = new HashMap<>();
    for (Quote q : quotes) {
      if (q.kind() != QuoteKind.TERM) {
        kept.merge(q.parts(), q, (a, b) -> MOST_TOLD.compare(b, a) > 0 ? b : a);
      }
    }
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      if (q.kind() == QuoteKind.TERM || kept.get(q.parts()) == q) {
        out.add(q);
      }
    }
    return out;
  }
}
