package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

/** How a match Lucene found is checked against the words of a variant. */
class PhraseLocatorTest {
  private static Span spanOf(String text, String words) {
    int at = text.indexOf(words);
    return new Span(at, at + words.length());
  }

  @Test
  void aMatchWrittenAsTheVariantIsWidenedToTheSmallWordsTheAnalyserDropped() {
    String text = "They reaffirmed their commitment to the complete denuclearization of North Korea.";
    Span lucene = spanOf(text, "complete denuclearization of North Korea");
    assertThat(PhraseLocator.literal(text, lucene.begin(), lucene.end(), "the complete denuclearization of North Korea"))
        .contains(spanOf(text, "the complete denuclearization of North Korea"));
  }

  @Test
  void typographicApostrophesAndLineBreaksDoNotMatter() {
    String text = "the complete denuclearization of the Democratic\nPeople’s Republic of Korea";
    Span lucene = spanOf(text, "complete denuclearization of the Democratic\nPeople’s Republic of Korea");
    assertThat(PhraseLocator.literal(text, lucene.begin(), lucene.end(),
        "complete denuclearization of the Democratic People's Republic of Korea")).contains(lucene);
    Span name = spanOf(text, "Democratic\nPeople’s Republic of Korea");
    assertThat(PhraseLocator.literal(text, name.begin(), name.end(), "the Democratic People's Republic of Korea"))
        .contains(new Span(name.begin() - "the ".length(), name.end()));
  }

  @Test
  void otherSmallWordsInTheMiddleAreNotTheVariant() {
    String text = "calls for denuclearization in North Korea";
    Span lucene = spanOf(text, "denuclearization in North Korea");
    assertThat(PhraseLocator.literal(text, lucene.begin(), lucene.end(), "denuclearization of North Korea")).isEmpty();
  }

  @Test
  void aSmallWordTheVariantWantsMustBeThere() {
    String text = "progress on complete denuclearization of North Korea";
    Span lucene = spanOf(text, "complete denuclearization of North Korea");
    assertThat(PhraseLocator.literal(text, lucene.begin(), lucene.end(), "the complete denuclearization of North Korea"))
        .isEmpty();
  }
}
