package verbatim.core.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verbatim.core.input.RawInput;
import verbatim.core.model.Article;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.Document;
import verbatim.core.model.Span;
import verbatim.core.model.ZoneOrigin;
import verbatim.core.nlp.Linguistics;
import verbatim.core.testing.SharedData;

/**
 * The golden test: the seed scrape gives the article of shared/seed/EXPECTED.md. The seed is
 * third-party text, so it is read from shared/ and only short facts about it appear here.
 */
class SeedArticleTest {
  private static final String SEED = "seed/donga-2025-02-10-trump-kim.txt";
  private static Document document;

  /** Each test asks, so that without shared/ every test is reported skipped with the reason. */
  @BeforeEach
  void analyzeSeed() throws IOException {
    Path seed = SharedData.require(SEED);
    if (document != null) {
      return; // analysed once for the whole class
    }
    Outcome outcome = Pipeline.standard(AnalysisOptions.defaults(), Linguistics.none())
        .analyze(new RawInput(seed.toString(), Files.readAllBytes(seed), null));
    assertThat(outcome).isInstanceOf(Outcome.Analyzed.class);
    document = ((Outcome.Analyzed) outcome).analysis().document();
  }

  private static Article article() {
    return document.article();
  }

  @Test
  void titleOnceAndNotInTheBody() {
    assertThat(article().title()).isEqualTo("Trump: Getting along with Kim is a great asset to everyone");
    assertThat(article().text()).doesNotContain("Getting along with Kim is a great asset");
  }

  @Test
  void bothDatesAreSeoulLocalTimeFromThePublisherProfile() {
    OffsetDateTime expected = OffsetDateTime.parse("2025-02-10T07:24+09:00");
    assertThat(OffsetDateTime.parse(article().published().iso())).isEqualTo(expected);
    assertThat(OffsetDateTime.parse(article().updated().iso())).isEqualTo(expected);
    assertThat(article().published().from()).isEqualTo(DateOrigin.VISIBLE_LINE);
    assertThat(article().published().zoneFrom()).isEqualTo(ZoneOrigin.PUBLISHER_PROFILE);
    assertThat(article().published().zone()).isEqualTo("Asia/Seoul");
    assertThat(document.problems()).noneMatch(p -> p.code().equals("zone-unknown"));
  }

  @Test
  void authorWithEmailAndPublisherFromIt() {
    assertThat(article().authors()).singleElement().satisfies(a -> {
      assertThat(a.name()).isEqualTo("고도예");
      assertThat(a.email()).isEqualTo("yea@donga.com");
    });
    assertThat(document.source()).isEqualTo("donga.com");
  }

  @Test
  void koreanVersionIsATranslationNotBodyText() {
    assertThat(article().translations()).singleElement().satisfies(t -> {
      assertThat(t.language()).isEqualTo("ko");
      assertThat(t.label()).isEqualTo("한국어");
    });
    assertThat(article().text()).doesNotContain("한국어");
  }

  @Test
  void fourBodyParagraphsFromTrumpSaidToTheExercises() {
    assertThat(article().paragraphs()).hasSize(4);
    Span first = article().paragraphs().get(0);
    Span last = article().paragraphs().get(3);
    // the page never closes the inner ‘ of its last quotation: the body ends as printed
    assertThat(first.of(article().text())).startsWith("U.S. President Donald Trump said");
    assertThat(last.of(article().text())).endsWith("joint ROK-US exercises.”");
    assertThat(first.begin()).isZero();
    assertThat(last.end()).isEqualTo(article().text().length());
  }

  @Test
  void noChromeInTheBody() {
    assertThat(article().text())
        .doesNotContain("Go to contents")
        .doesNotContain("Posted")
        .doesNotContain("Updated February")
        .doesNotContain("yea@donga.com")
        .doesNotContain("고도예")
        .doesNotContain("\u00a0");
  }

  @Test
  void englishNewsWithAStableId() throws IOException {
    assertThat(article().language()).isEqualTo("en");
    assertThat(document.kind().name()).isEqualTo("NEWS");
    Path seed = SharedData.require(SEED);
    Outcome again = Pipeline.standard(AnalysisOptions.defaults(), Linguistics.none())
        .analyze(new RawInput("elsewhere/copy.txt", Files.readAllBytes(seed), null));
    assertThat(((Outcome.Analyzed) again).analysis().document().id()).isEqualTo(document.id()).hasSize(16);
  }
}
