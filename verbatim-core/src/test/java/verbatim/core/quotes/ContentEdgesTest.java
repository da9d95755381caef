package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;
import verbatim.core.nlp.Token;

/** The reporter's words at the edges of reported content are left out; the source's are kept. */
class ContentEdgesTest {
  private final ContentEdges edges = new ContentEdges();

  private static List<Token> tokens(String words, String tags) {
    return TaggedTokens.of(words, tags);
  }

  private String trimmed(String words, String tags) {
    Span whole = new Span(0, words.length());
    return edges.trim(whole, tokens(words, tags)).of(words);
  }

  @Test
  void aTrailingRelativeClauseIsTheReporters() {
    assertThat(trimmed("Obama should pledge not to pardon Clinton , who has not been charged",
        "NNP MD VB RB TO VB NNP , WP VBZ RB VBN VBN")).isEqualTo("Obama should pledge not to pardon Clinton");
  }

  @Test
  void aSecondReportOfTheSameSourceIsCutOff() {
    assertThat(trimmed("he would order a review and warned against hackers", "PRP MD VB DT NN CC VBD IN NNS"))
        .isEqualTo("he would order a review");
  }

  @Test
  void anOpeningConnectiveIsLeftOut() {
    assertThat(trimmed("But the plan is dead", "CC DT NN VBZ JJ")).isEqualTo("the plan is dead");
  }

  @Test
  void wordsInsideQuotationMarksAreNeverCut() {
    String words = "the law is “ fair , which matters ”";
    assertThat(trimmed(words, "DT NN VBZ `` JJ , WDT VBZ ''")).isEqualTo(words);
  }

  @Test
  void aListingParticipleStays() {
    String words = "it will cost $ 160,000 , including room and board";
    assertThat(trimmed(words, "PRP MD VB $ CD , VBG NN CC NN")).isEqualTo(words);
  }

  @Test
  void whatFollowsASemicolonIsTheReportersNextSentence() {
    assertThat(trimmed("she backs tougher rules ; rivals call it caution", "PRP VBZ JJR NNS : NNS VBP PRP NN"))
        .isEqualTo("she backs tougher rules");
    assertThat(trimmed("the list read “ bread ; milk ”", "DT NN VBD `` NN : NN ''")).isEqualTo("the list read “ bread ; milk ”");
  }

  @Test
  void anIndefiniteNounPhraseWithItsOwnClauseIsTheReportersComment() {
    assertThat(trimmed("he was fired for his service , a claim that the office disputes",
        "PRP VBD VBN IN PRP$ NN , DT NN IN DT NN VBZ")).isEqualTo("he was fired for his service");
    assertThat(trimmed("the deal is done , a senior official said", "DT NN VBZ VBN , DT JJ NN VBD"))
        .isEqualTo("the deal is done , a senior official said");
  }

  @Test
  void aClauseAttributedWithAccordingToKeepsItsOwnAdditions() {
    String words = "But students owe $ 1.3 trillion , up from $ 826 billion in 2010";
    String tags = "CC NNS VBP $ CD CD , RB IN $ CD CD IN CD";
    assertThat(edges.trimOpening(new Span(0, words.length()), tokens(words, tags)).of(words))
        .isEqualTo("students owe $ 1.3 trillion , up from $ 826 billion in 2010");
  }
}
