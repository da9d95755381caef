package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/** The tag-only reading of plain reported speech, and the shapes it leaves to the parser. */
class ShallowAttributionsTest {
  private final ShallowAttributions shallow = new ShallowAttributions();

  private boolean readable(String words, String tags) {
    return shallow.readable(List.of(words.split(" ")), List.of(tags.split(" ")));
  }

  @Test
  void sourceThenCueThenClause() {
    assertThat(readable("But Smith also said that the deal was done .", "CC NNP RB VBD IN DT NN VBD VBN .")).isTrue();
    assertThat(readable("The minister says talks will resume soon .", "DT NN VBZ NNS MD VB RB .")).isTrue();
  }

  @Test
  void aFrontedPhraseAndADayAreNotTheSourceOrTheClause() {
    assertThat(readable("Smith said on Tuesday that it was over .", "NNP VBD IN NNP IN PRP VBD RP .")).isTrue();
    assertThat(readable("In a statement , the ministry said the talks would resume .", "IN DT NN , DT NN VBD DT NNS MD VB .")).isTrue();
  }

  @Test
  void quotedWordsInTheClauseAreTheClause() {
    assertThat(readable("He said the nation has become “ more interested . ”", "PRP VBD DT NN VBZ VBN `` RBR JJ . ''")).isTrue();
  }

  @Test
  void clauseThenSourceThenCue() {
    assertThat(readable("The deal is done and nobody can stop it , Smith said Tuesday .",
        "DT NN VBZ VBN CC NN MD VB PRP , NNP VBD NNP .")).isTrue();
  }

  @Test
  void anythingLessPlainGoesToTheParser() {
    // two reports, a clause before the verb, a quotation mark before the verb: the parse decides
    assertThat(readable("Smith said Jones told him the deal was off .", "NNP VBD NNP VBD PRP DT NN VBD RP .")).isFalse();
    assertThat(readable("The man who ran said that it was over .", "DT NN WP VBD VBD IN PRP VBD RP .")).isFalse();
    assertThat(readable("The “ experts ” said the deal is off .", "DT `` NNS '' VBD DT NN VBZ RP .")).isFalse();
    assertThat(readable("Smith said in a statement that it was over .", "NNP VBD IN DT NN IN PRP VBD RP .")).isFalse();
  }

  /** The content the tag-only reading finds, as text; words are joined by single spaces. */
  private String content(String words, String tags) {
    List<Token> tokens = TaggedTokens.of(words, tags);
    Attribution a = shallow.find(new Sentence(new Span(0, words.length()), tokens));
    return a == null ? null : a.content().get(0).of(words);
  }

  @Test
  void whomItWasSaidToIsNotWhatWasSaid() {
    assertThat(content("Paul told Fox News that polls could be way off .", "NNP VBD NNP NNP IN NNS MD VB RB RB ."))
        .isEqualTo("that polls could be way off");
    assertThat(content("Trump assured voters he would force Mexico to pay .", "NNP VBD NNS PRP MD VB NNP TO VB ."))
        .isEqualTo("he would force Mexico to pay");
    assertThat(content("Hannity asked Trump how high the wall would be .", "NNP VBD NNP WRB JJ DT NN MD VB ."))
        .isEqualTo("how high the wall would be");
    assertThat(content("He tells the crowd : it is possible .", "PRP VBZ DT NN : PRP VBZ JJ ."))
        .isEqualTo("it is possible");
  }

  @Test
  void anAddresseeTheWordsCannotDelimitGoesToTheParser() {
    assertThat(readable("Clinton told the audience of his remarks about women .", "NNP VBD DT NN IN PRP$ NNS IN NNS ."))
        .isFalse();
  }
}
