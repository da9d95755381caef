package verbatim.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class ShingleScoreTest {
  private static final String TEXT = "The quick brown fox jumps over the lazy dog near the river bank.";

  @Test
  void identicalTextsScoreOne() {
    ShingleScore s = ShingleScore.of(TEXT, TEXT);

    assertThat(s.precision()).isEqualTo(1.0);
    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.f1()).isEqualTo(1.0);
    assertThat(s.exact()).isTrue();
  }

  @Test
  void punctuationAndSpacingDoNotMatterButCaseDoes() {
    assertThat(ShingleScore.of(TEXT, "The quick  brown fox -- jumps over the lazy dog, near the river bank").exact())
        .isTrue();
    assertThat(ShingleScore.of(TEXT, TEXT.toLowerCase(java.util.Locale.ROOT)).f1()).isLessThan(1.0);
  }

  @Test
  void disjointTextsScoreZero() {
    ShingleScore s = ShingleScore.of(TEXT, "Completely different words appear in this other sentence here.");

    assertThat(s.precision()).isZero();
    assertThat(s.recall()).isZero();
    assertThat(s.f1()).isZero();
  }

  @Test
  void emptyPredictionHasZeroRecallAndNoPrecision() {
    ShingleScore s = ShingleScore.of(TEXT, "");

    assertThat(s.tp() + s.fp()).isZero();
    assertThat(s.recall()).isZero();
  }

  @Test
  void textsShorterThanFourTokensAreOneShorterShingle() {
    assertThat(ShingleScore.of("Hello big world", "Hello big world").f1()).isEqualTo(1.0);
    assertThat(ShingleScore.of("Hello big world", "Hello big planet").f1()).isZero();
    assertThat(ShingleScore.of("Hello big world", "Hello big world again").precision()).isZero();
  }

  @Test
  void extraTextHalvesPrecisionWhenItDoublesTheShingles() {
    // 4 tokens: one shingle; 8 tokens with the same first 4: five shingles, one of them right
    ShingleScore s = ShingleScore.of("one two three four", "one two three four five six seven eight");

    assertThat(s.recall()).isEqualTo(1.0);
    assertThat(s.precision()).isCloseTo(0.2, within(1e-9));
  }

  @Test
  void corpusAveragesPerDocumentAndSkipsDocumentsWithoutPredictionForPrecision() {
    ShingleCorpus c = ShingleCorpus.of(List.of(ShingleScore.of(TEXT, TEXT), ShingleScore.of(TEXT, "")));

    assertThat(c.precision()).isEqualTo(1.0);
    assertThat(c.recall()).isEqualTo(0.5);
    assertThat(c.f1()).isCloseTo(2 * 0.5 / 1.5, within(1e-9));
    assertThat(c.accuracy()).isEqualTo(0.5);
  }
}
