package verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

class WordTokenizerTest {
  private static List<String> tokens(String text) {
    return WordTokenizer.tokens(text, new Span(0, text.length())).stream().map(Token::text).toList();
  }

  @Test
  void wordsKeepTheirApostrophesHyphensAndNumbers() {
    assertThat(tokens("Kim Jong-un's 3.5% of 1,000 don’t-count."))
        .containsExactly("Kim", "Jong-un's", "3.5", "%", "of", "1,000", "don’t-count", ".");
  }

  @Test
  void dottedAbbreviationsAreOneWordAndPunctuationIsOneTokenPerMark() {
    assertThat(tokens("the U.S.-led talks at 5 p.m. (Seoul), “fine.”"))
        .containsExactly("the", "U.S.", "-", "led", "talks", "at", "5", "p.m.", "(", "Seoul", ")", ",", "“", "fine", ".", "”");
  }

  @Test
  void spansPointIntoTheTextInUtf16AndInvisibleCharactersAreSkipped() {
    String text = "😀 평화\u200B통일 ok";
    List<Token> tokens = WordTokenizer.tokens(text, new Span(0, text.length()));
    assertThat(tokens).extracting(Token::text).containsExactly("😀", "평화", "통일", "ok");
    assertThat(tokens.get(0).span()).isEqualTo(new Span(0, 2));
    assertThat(tokens).allSatisfy(t -> assertThat(t.span().of(text)).isEqualTo(t.text()));
  }
}
