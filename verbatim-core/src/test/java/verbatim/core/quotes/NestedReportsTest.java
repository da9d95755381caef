package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

class NestedReportsTest {
  /** A report on the cue word {@code cue} with the content running from {@code from} to the end. */
  private static Quote report(String text, String rule, QuoteKind kind, String cue, String from) {
    int c = text.indexOf(cue);
    int b = text.indexOf(from, c);
    int e = text.length() - 1;
    return new Quote("", kind, text.substring(b, e), List.of(new Span(b, e)), new Speaker.Unknown(),
        new Cue(new Span(c, c + cue.length()), cue), rule, 0.8);
  }

  @Test
  void aReportOpeningWithItsSubjectAndCueInsideAnotherIsPartOfIt() {
    String text = "He said he hoped it would encourage a dialogue.";
    Quote outer = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "said", "he hoped");
    Quote inner = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "hoped", "it would");
    assertThat(NestedReports.withoutInner(text, List.of(outer, inner))).containsExactly(outer);
  }

  @Test
  void aReportAttributedAfterItsContentHoldsTheReportItOpensWith() {
    String text = "The Harbour Gazette reports that the catch has doubled, according to the port authority.";
    int end = text.indexOf(", according");
    Quote outer = new Quote("", QuoteKind.INDIRECT, text.substring(0, end), List.of(new Span(0, end)),
        new Speaker.Unknown(), new Cue(new Span(end + 2, end + 14), "according to"), "according to", 0.8);
    int c = text.indexOf("reports");
    int b = text.indexOf("that the catch");
    Quote inner = new Quote("", QuoteKind.INDIRECT, text.substring(b, end), List.of(new Span(b, end)),
        new Speaker.Unknown(), new Cue(new Span(c, c + 7), "reports"), "cue verb + subject + clause", 0.8);
    assertThat(NestedReports.withoutInner(text, List.of(outer, inner))).containsExactly(outer);
  }

  @Test
  void theOuterClausesThatIsNotPartOfTheInnerSubject() {
    String text = "She noted that the commission on fishing quotas announced on Friday that the limit would rise.";
    Quote outer = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "noted", "that the commission");
    Quote inner = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "announced", "that the limit");
    assertThat(NestedReports.withoutInner(text, List.of(outer, inner))).containsExactly(outer);
  }

  @Test
  void aReportFurtherInIsItsOwn() {
    String text = "He said, after the vote was counted and the hall had emptied, that she hoped it would pass.";
    Quote outer = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "said", "after the vote");
    Quote inner = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "hoped", "it would");
    assertThat(NestedReports.withoutInner(text, List.of(outer, inner))).containsExactly(outer, inner);
  }

  @Test
  void aLabelledParagraphAndADirectQuoteHoldTheirReports() {
    String text = "Ferreira: Ms. Lund said the quota was too low.";
    Quote colon = report(text, ColonAttributions.RULE, QuoteKind.INDIRECT, ":", "Ms. Lund");
    Quote inner = report(text, "cue verb + subject + clause", QuoteKind.INDIRECT, "said", "the quota");
    assertThat(NestedReports.withoutInner(text, List.of(colon, inner))).containsExactly(colon, inner);

    String quoted = "Ferreira said “Ms. Lund thinks the quota is too low.”";
    Quote direct = report(quoted, "cue verb + subject + clause", QuoteKind.DIRECT, "said", "“Ms.");
    Quote within = report(quoted, "cue verb + subject + clause", QuoteKind.INDIRECT, "thinks", "the quota");
    assertThat(NestedReports.withoutInner(quoted, List.of(direct, within))).containsExactly(direct, within);
  }

  @Test
  void aThousandReportsInARowAreAllKept() {
    StringBuilder text = new StringBuilder();
    List<Quote> quotes = new java.util.ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      int c = text.length() + 3;
      text.append("He said the boats were late. ");
      int b = c + 5;
      int e = text.length() - 2;
      quotes.add(new Quote("", QuoteKind.INDIRECT, "x", List.of(new Span(b, e)), new Speaker.Unknown(),
          new Cue(new Span(c, c + 4), "said"), "cue verb + subject + clause", 0.8));
    }
    assertThat(NestedReports.withoutInner(text.toString(), quotes)).hasSize(1000);
  }
}
