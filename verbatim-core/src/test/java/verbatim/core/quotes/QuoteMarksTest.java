package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.extract.Paragraphs;

class QuoteMarksTest {
  private static List<Quoted> find(String text) {
    return QuoteMarks.find(text, Paragraphs.of(text));
  }

  private static List<String> words(String text) {
    return find(text).stream().map(q -> q.words(text)).toList();
  }

  @Test
  void curlyStraightAndMixedMarksPair() {
    assertThat(words("He said \"we will,” and then “no.\" Done.")).containsExactly("we will,", "no.");
  }

  @Test
  void aClosingMarkTypedWhereTheOpeningOneBelongsOpens() {
    assertThat(words("\u201dThe boats are old.\u201d \u2015 A. Reader\n\u201cThe port is busy.\u201d"))
        .containsExactly("The boats are old.", "The port is busy.");
    // after an opened quote it closes, as always
    assertThat(words("She said \u201cwe will\u201d and left.")).containsExactly("we will");
  }

  @Test
  void apostrophesAreNotClosingMarks() {
    String text = "‘North Korea’s response’ and the U.S.’ position, in ‘small deal,’ terms.";
    assertThat(words(text)).containsExactly("North Korea’s response", "small deal,");
  }

  @Test
  void nestedThreeDeep() {
    String text = "She said, “He told me ‘they called it «the plan» at once’ yesterday.”";
    List<Quoted> found = find(text);
    assertThat(found).extracting(Quoted::depth).containsExactly(0, 1, 2);
    assertThat(found).allMatch(Quoted::closed);
  }

  @Test
  void anUnclosedMarkStopsAtItsParagraph() {
    String text = "“This never closes, he said.\n\nThe next paragraph is narrative, not a quote.";
    List<Quoted> found = find(text);
    assertThat(found).singleElement().satisfies(q -> {
      assertThat(q.closed()).isFalse();
      assertThat(q.end()).isEqualTo(text.indexOf("\n"));
    });
  }

  @Test
  void aQuoteOverParagraphsIsOneQuote() {
    String text = "“First paragraph of the speech.\n\n“Second paragraph of the speech,” she said.";
    assertThat(find(text)).singleElement().satisfies(q -> {
      assertThat(q.outer()).hasSize(2);
      assertThat(q.closed()).isTrue();
      assertThat(q.words(text)).isEqualTo("First paragraph of the speech. Second paragraph of the speech,");
    });
  }

  @Test
  void anInnerMarkNeverClosedEndsWithItsQuote() {
    String text = "“Such as ‘reducing joint exercises.” Then prose follows.";
    List<Quoted> found = find(text);
    assertThat(found).hasSize(2);
    Quoted inner = found.get(1);
    assertThat(inner.closed()).isFalse();
    assertThat(inner.end()).isEqualTo(text.indexOf('”'));
  }

  @Test
  void aThousandQuotesAndOneGiantQuote() {
    String many = "“Yes,” he said. ".repeat(1000);
    assertThat(find(many)).hasSize(1000);
    String giant = "“" + "word ".repeat(100_000);
    assertThat(find(giant)).singleElement().satisfies(q -> assertThat(q.closed()).isFalse());
  }

  @Test
  void twoApostrophesAndBackticksAreDoubleMarks() {
    String text = "''It felt like we patched it up,'' Mr. Rogan said. ``Yes,'' she said, ''it's done.''";
    assertThat(words(text)).containsExactly("It felt like we patched it up,", "Yes,", "it's done.");
    assertThat(find(text).get(0).outer().get(0).end()).isEqualTo(text.indexOf(" Mr."));
  }
}
