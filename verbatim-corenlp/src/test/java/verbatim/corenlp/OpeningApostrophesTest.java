package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OpeningApostrophesTest {
  @Test
  void writesAnOpeningPairAsBackticksAndLeavesTheClosingOne() {
    String text = "of golf. ''They're spending a fortune,'' she said. ''It's a home run.''";
    assertThat(OpeningApostrophes.asBackticks(text))
        .isEqualTo("of golf. ``They're spending a fortune,'' she said. ``It's a home run.''")
        .hasSameSizeAs(text);
  }

  @Test
  void aPairAtTheStartOrAfterABracketOpens() {
    assertThat(OpeningApostrophes.asBackticks("''Yes,'' (''no'')")).isEqualTo("``Yes,'' (``no'')");
  }

  @Test
  void aClosingPairBeforeASingleClosingMarkStaysAsItIs() {
    String text = "they say, 'Go back,''' said Mr. Regalado.";
    assertThat(OpeningApostrophes.asBackticks(text)).isEqualTo(text);
  }

  @Test
  void aPairFollowedBySpaceOrPunctuationDoesNotOpen() {
    String text = "the word '' alone, and '', too";
    assertThat(OpeningApostrophes.asBackticks(text)).isEqualTo(text);
  }

  @Test
  void textWithoutPairsIsReturnedAsItIs() {
    String text = "“Curly,” she said.";
    assertThat(OpeningApostrophes.asBackticks(text)).isSameAs(text);
  }
}
