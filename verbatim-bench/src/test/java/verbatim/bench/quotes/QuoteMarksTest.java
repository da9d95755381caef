package verbatim.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

class QuoteMarksTest {
  @Test
  void takesMarksOffBothEndsButKeepsInnerPunctuation() {
    String text = "“We will win,” he said.";
    assertThat(QuoteMarks.stripped(text, new Span(0, 14))).isEqualTo(new Span(1, 13));
  }

  @Test
  void aSpanOfOnlyMarksBecomesEmpty() {
    assertThat(QuoteMarks.stripped("\"\"", new Span(0, 2)).length()).isZero();
  }
}
