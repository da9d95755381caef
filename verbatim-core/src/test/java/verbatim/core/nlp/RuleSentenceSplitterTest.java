package verbatim.core.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

class RuleSentenceSplitterTest {
  private static List<String> sentences(String text) {
    return new RuleSentenceSplitter().split(text).stream().map(s -> s.span().of(text)).toList();
  }

  @Test
  void titlesMonthsInitialsAndDottedAbbreviationsDoNotEndASentence() {
    String text = "Mr. Park met U.S. President Joe Biden on Jan. 20 in Washington, D.C. with Gen. Lee. "
        + "J. Smith of the U.N. said the talks went well. The next round is set.";
    assertThat(sentences(text)).containsExactly(
        "Mr. Park met U.S. President Joe Biden on Jan. 20 in Washington, D.C. with Gen. Lee.",
        "J. Smith of the U.N. said the talks went well.",
        "The next round is set.");
  }

  @Test
  void closingQuotesStayWithTheirSentenceAndALowerCaseWordGoesOn() {
    String text = "He said, “We will meet again.” Then he left. “Is it over?” she asked. 'Yes.' It was.";
    assertThat(sentences(text)).containsExactly(
        "He said, “We will meet again.”", "Then he left.", "“Is it over?” she asked.", "'Yes.'", "It was.");
  }

  @Test
  void anOpeningQuoteOrADigitStartsTheNextSentence() {
    String text = "The talks ended. \"We are done,\" he said. 300 people protested.";
    assertThat(sentences(text)).containsExactly("The talks ended.", "\"We are done,\" he said.", "300 people protested.");
  }

  @Test
  void numberAbbreviationsHoldOnlyBeforeANumber() {
    assertThat(sentences("Resolution No. 2397 stands. The answer is no. We move on."))
        .containsExactly("Resolution No. 2397 stands.", "The answer is no.", "We move on.");
  }

  @Test
  void ellipsesAndRunsOfMarksEndOnce() {
    assertThat(sentences("Wait... what happened?! Nobody knows… Really."))
        .containsExactly("Wait... what happened?!", "Nobody knows…", "Really.");
  }

  @Test
  void koreanAndFullWidthSentences() {
    assertThat(sentences("양국 정상은 비핵화를 재확인했다. 양측은 협력을 확대하기로 합의했다."))
        .containsExactly("양국 정상은 비핵화를 재확인했다.", "양측은 협력을 확대하기로 합의했다.");
    assertThat(sentences("会谈结束了。双方同意再次会面！")).containsExactly("会谈结束了。", "双方同意再次会面！");
  }

  @Test
  void aSentenceNeverCrossesAParagraphAndSpansPointIntoTheText() {
    String text = "  First paragraph has no full stop\n\nSecond one. Third one";
    List<Sentence> split = new RuleSentenceSplitter().split(text);
    assertThat(split).extracting(Sentence::span)
        .containsExactly(new Span(2, 34), new Span(36, 47), new Span(48, 57));
    assertThat(split.get(1).tokens()).extracting(Token::text).containsExactly("Second", "one", ".");
  }

  @Test
  void emptyAndBlankTextsHaveNoSentences() {
    assertThat(sentences("")).isEmpty();
    assertThat(sentences(" \n\n \t")).isEmpty();
    assertThat(sentences("...")).containsExactly("...");
  }
}
