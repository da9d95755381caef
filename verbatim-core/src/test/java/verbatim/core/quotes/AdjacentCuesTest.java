package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;

/** The attribution beside a quote, read from the tags alone, as it is for a sentence left unparsed. */
class AdjacentCuesTest {
  /** The attribution after the sentence's first quote; words are joined by single spaces. */
  private static Attribution after(String words, String tags) {
    Sentence sentence = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, tags));
    Quoted quote = QuoteMarks.find(words, List.of(new Span(0, words.length()))).get(0);
    return new AdjacentCues().after(sentence, quote);
  }

  @Test
  void aNameWithItsAppositionBeforeTheVerbIsTheSource() {
    String words = "“ The nets are empty , ” Tomas Ferreira , a skipper from the south , said on the radio .";
    Attribution a = after(words, "`` DT NNS VBP JJ , '' NNP NNP , DT NN IN DT NN , VBD IN DT NN .");
    assertThat(a).isNotNull();
    assertThat(a.cue().of(words)).isEqualTo("said");
    assertThat(a.source().of(words)).isEqualTo("Tomas Ferreira , a skipper from the south ,");
    assertThat(a.sourceHead().of(words)).isEqualTo("Ferreira");
  }

  @Test
  void aSecondClauseAfterTheCommasIsNotAnApposition() {
    // "… , ” Ferreira said , and the council agreed": the name is followed by its verb at once
    String words = "“ The nets are empty , ” the skipper , who said it twice , left .";
    assertThat(after(words, "`` DT NNS VBP JJ , '' DT NN , WP VBD PRP RB , VBD .")).isNull();
  }

  @Test
  void aPartyAndStateInParenthesesStayWithTheNameAfterTheCue() {
    String words = "“ The quota is too low , ” said Rep. Ada Morgan ( D-Maine ) .";
    Attribution a = after(words, "`` DT NN VBZ RB JJ , '' VBD NNP NNP NNP -LRB- NNP -RRB- .");
    assertThat(a.source().of(words)).isEqualTo("Rep. Ada Morgan ( D-Maine )");
  }

  @Test
  void aDashAndANameEndingTheLineAttributeTheQuoteAbove() {
    String text = "\u201cThe harbour is dying.\u201d \u2015 Sonya Herridge\u00a0\n\u201cThe fleet is fine.\u201d\u2015 Carla M. Ruiz.\n";
    List<Quoted> quotes = QuoteMarks.find(text, List.of(new Span(0, text.length())));
    Attribution first = new AdjacentCues().dashAfter(text, quotes.get(0));
    assertThat(first.cue().of(text)).isEqualTo("\u2015");
    assertThat(first.source().of(text)).isEqualTo("Sonya Herridge");
    assertThat(first.sourceHead().of(text)).isEqualTo("Herridge");
    assertThat(new AdjacentCues().dashAfter(text, quotes.get(1)).source().of(text)).isEqualTo("Carla M. Ruiz");
  }

  @Test
  void aDashThatGoesOnWithASentenceIsNoAttribution() {
    String text = "\u201cThe harbour is dying\u201d \u2014 Sonya Herridge told the council on Monday.\n";
    Quoted quote = QuoteMarks.find(text, List.of(new Span(0, text.length()))).get(0);
    assertThat(new AdjacentCues().dashAfter(text, quote)).isNull();
  }

  @Test
  void aPartyAndStateInParenthesesBeforeTheCueStayWithTheName() {
    String words = "“ We cannot have that , ” Rep. John Mica ( R-Fla. ) said .";
    Attribution a = after(words, "`` PRP MD VB DT , '' NNP NNP NNP -LRB- NNP -RRB- VBD .");
    assertThat(a.source().of(words)).isEqualTo("Rep. John Mica ( R-Fla. )");
    assertThat(a.sourceHead().of(words)).isEqualTo("Mica");
  }

  @Test
  void aDocumentReadsItsQuote() {
    String words = "“ The port will close in May , ” the notice read .";
    Attribution a = after(words, "`` DT NN MD VB IN NNP , '' DT NN VBD .");
    assertThat(a.cue().of(words)).isEqualTo("read");
    assertThat(a.source().of(words)).isEqualTo("the notice");
  }

  @Test
  void aSentenceOpeningWithTheVerbThenTheSpeakerAndAColonAttributesTheQuote() {
    String words = "Said Ellis : “ I do not see it . ”";
    Sentence sentence = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, "VBD NNP : `` PRP VBP RB VB PRP . ''"));
    Quoted quote = QuoteMarks.find(words, List.of(new Span(0, words.length()))).get(0);
    Attribution a = new AdjacentCues().before(sentence, quote);
    assertThat(a.cue().of(words)).isEqualTo("Said");
    assertThat(a.source().of(words)).isEqualTo("Ellis");
  }
}
