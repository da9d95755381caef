package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** The index's small stages: fingerprints, story URLs, sentences, paging. */
class SmallPartsTest {
  @Test
  void fingerprintsOfTheSameStoryAreNearAndOfOthersAreNot() {
    Fingerprint summit = Fingerprint.of(CorpusTest.SUMMIT).orElseThrow();
    Fingerprint edited = Fingerprint.of(CorpusTest.SUMMIT.replace("the two leaders", "both men")).orElseThrow();
    Fingerprint tariffs = Fingerprint.of(CorpusTest.TARIFFS).orElseThrow();
    assertThat(summit.similarity(summit)).isEqualTo(1.0);
    assertThat(summit.near(edited)).isTrue();
    assertThat(summit.similarity(tariffs)).isLessThan(0.1);
    assertThat(Fingerprint.fromBytes(summit.bytes(), 0, summit.bytes().length).similarity(summit)).isEqualTo(1.0);
  }

  @Test
  void aCatalogRecordReadsBackAsWritten() {
    Fingerprint f = Fingerprint.of(CorpusTest.SUMMIT).orElseThrow();
    Catalog.Entry copy = new Catalog.Entry("abc", "https://x.example/1", 2, 1_700_000_000_000L, "founder", 1234L, 567);
    CatalogRecord.Decoded d = CatalogRecord.decode(CatalogRecord.encode(copy, f));
    assertThat(d.entry()).isEqualTo(copy);
    assertThat(d.fingerprint().agreements(f)).isEqualTo(Fingerprint.HASHES);

    Catalog.Entry alone = new Catalog.Entry("설", null, 1, Long.MAX_VALUE, "설", 0L, 1);
    CatalogRecord.Decoded a = CatalogRecord.decode(CatalogRecord.encode(alone, null));
    assertThat(a.entry()).isEqualTo(alone);
    assertThat(a.entry().cluster()).isSameAs(a.entry().id());
    assertThat(a.fingerprint()).isNull();
  }

  @Test
  void aTextTooShortHasNoFingerprint() {
    assertThat(Fingerprint.of("Kim said yes.")).isEmpty();
    assertThat(Fingerprint.of("")).isEmpty();
  }

  @Test
  void storyUrlsMeetAcrossCaseFragmentAndTrailingSlash() {
    assertThat(StoryUrl.key("HTTPS://News.Example.com/a/b/#top")).isEqualTo("https://news.example.com/a/b");
    assertThat(StoryUrl.key("https://news.example.com/a?id=3")).isEqualTo("https://news.example.com/a?id=3");
    assertThat(StoryUrl.key("not a url/")).isEqualTo("not a url");
    assertThat(StoryUrl.key(" ")).isNull();
  }

  @Test
  void theSentenceAroundAQuoteIncludesItsAttributionAndSurvivesAbbreviations() {
    String text = "Talks stalled. U.S. President Donald Trump said, “We will meet again.” Others disagreed.";
    int at = text.indexOf("We will");
    Quote q = new Quote("q1", QuoteKind.DIRECT, "We will meet again.", List.of(new Span(at, at + 18)),
        new Speaker.Named("e1", "Donald Trump", new Span(text.indexOf("Donald"), text.indexOf(" said"))), null, "r", 1);
    assertThat(Sentences.around(q, text).of(text)).isEqualTo("U.S. President Donald Trump said, “We will meet again.”");
  }

  @Test
  void aSentenceNeverCrossesAParagraph() {
    String text = "First paragraph ends here\n\n“Second,” she said.";
    assertThat(Sentences.around(text, 28, 35).of(text)).isEqualTo("“Second,” she said.");
  }

  @Test
  void aPageOutOfBoundsIsRefusedNamingTheLimit() {
    assertThatThrownBy(() -> new Page(0, 5000)).hasMessageContaining("5000").hasMessageContaining("1000");
    assertThatThrownBy(() -> new Page(-1, 10)).hasMessageContaining("-1");
  }
}
