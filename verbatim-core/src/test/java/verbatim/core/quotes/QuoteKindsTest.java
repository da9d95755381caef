package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

/** Quoted words that are a name, a term, or something said. */
class QuoteKindsTest {
  private static boolean isName(String text) {
    Quoted q = QuoteMarks.find(text, List.of(new Span(0, text.length()))).get(0);
    return QuoteKinds.isName(text, q);
  }

  @Test
  void aProgrammesTitleAfterItsChannelOrOnIsAName() {
    assertThat(isName("The mayor said so on CNN's \"State of the Union.\"")).isTrue();
    assertThat(isName("Asked on \u201cFace the Nation\u201d about the port, she declined.")).isTrue();
  }

  @Test
  void aNicknameInsideANameIsAName() {
    assertThat(isName("Rep. Robert C. \"Bobby\" Scott opened the meeting.")).isTrue();
  }

  @Test
  void aScareQuoteOrAStatementIsNot() {
    assertThat(isName("Clinton's \u201cbasket of deplorables\u201d remark drew fire.")).isFalse();
    assertThat(isName("He called it \u201cBobby\u201d and laughed.")).isFalse();
    assertThat(isName("She said on Tuesday \u201cWe Will Not Move\u201d and the crowd cheered.")).isFalse();
  }
}
