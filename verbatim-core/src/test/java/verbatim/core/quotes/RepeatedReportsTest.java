package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** Two reports of the same words are one report: the one that says most of who said them. */
class RepeatedReportsTest {
  private static final String TEXT = "The mayor spoke on Friday, saying \u201cthe bridge will open.\u201d";
  private static final Span CONTENT = new Span(TEXT.indexOf('\u201c'), TEXT.length());
  private static final Span SAYING = new Span(TEXT.indexOf("saying"), TEXT.indexOf("saying") + 6);

  private static Quote quote(String id, QuoteKind kind, Speaker speaker, Span cue, String rule, double confidence) {
    return new Quote(id, kind, CONTENT.of(TEXT), List.of(CONTENT), speaker, cue == null ? null : new Cue(cue, cue.of(TEXT)),
        rule, confidence);
  }

  @Test
  void theReportThatNamesItsSpeakerIsKept() {
    Quote unattributed = quote("q1", QuoteKind.DIRECT, new Speaker.Unknown(), null, "quote without attribution", 0.5);
    Quote learned = quote("q2", QuoteKind.DIRECT, new Speaker.Named("e1", "The mayor", new Span(0, 9)), SAYING,
        CueCandidates.RULE, 0.6);
    assertThat(RepeatedReports.withoutRepeats(List.of(unattributed, learned))).containsExactly(learned);
  }

  @Test
  void betweenTwoAttributedReportsTheRulesOneIsKept() {
    Speaker mayor = new Speaker.Named("e1", "The mayor", new Span(0, 9));
    Quote learned = quote("q1", QuoteKind.DIRECT, mayor, SAYING, CueCandidates.RULE, 0.9);
    Quote rules = quote("q2", QuoteKind.DIRECT, mayor, SAYING, "cue verb → subject of the verb it hangs on", 0.6);
    assertThat(RepeatedReports.withoutRepeats(List.of(learned, rules))).containsExactly(rules);
  }

  @Test
  void quotedTermsAndDifferentWordsStay() {
    Quote report = quote("q1", QuoteKind.INDIRECT, new Speaker.Unknown(), SAYING, "rule", 0.5);
    Quote term = new Quote("q2", QuoteKind.TERM, "x", List.of(CONTENT), new Speaker.Unknown(), null, "quoted term", 0.7);
    Span other = new Span(0, 9);
    Quote elsewhere = new Quote("q3", QuoteKind.INDIRECT, "The mayor", List.of(other), new Speaker.Unknown(), null,
        "rule", 0.5);
    assertThat(RepeatedReports.withoutRepeats(List.of(report, term, elsewhere))).containsExactly(report, term, elsewhere);
  }
}
