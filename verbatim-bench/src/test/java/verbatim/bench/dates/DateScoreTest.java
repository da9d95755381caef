package verbatim.bench.dates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class DateScoreTest {

  @Test
  void eachOutcomeCountsAsUpstreamDoes() {
    assertThat(DateScore.of("2020-01-02", "2020-01-02")).isEqualTo(new DateScore(1, 0, 0, 0));
    assertThat(DateScore.of("2020-01-03", "2020-01-02")).isEqualTo(new DateScore(0, 1, 0, 0));
    assertThat(DateScore.of(null, "2020-01-02")).isEqualTo(new DateScore(0, 0, 0, 1));
    assertThat(DateScore.of(null, null)).isEqualTo(new DateScore(0, 0, 1, 1));
    assertThat(DateScore.of("2020-01-02", null)).isEqualTo(new DateScore(0, 1, 0, 0));
  }

  @Test
  void ratiosFollowTheReadme() {
    DateScore s = new DateScore(908, 92, 0, 7);
    assertThat(s.precision()).isCloseTo(0.908, within(1e-9));
    assertThat(s.recall()).isCloseTo(908.0 / 915, within(1e-9));
    assertThat(s.accuracy()).isCloseTo(908.0 / 1007, within(1e-9));
    assertThat(s.fScore()).isCloseTo(2 * s.precision() * s.recall() / (s.precision() + s.recall()), within(1e-9));
  }

  @Test
  void emptyScoreIsZeroNotNaN() {
    assertThat(DateScore.ZERO.fScore()).isZero();
    assertThat(DateScore.ZERO.plus(DateScore.of(null, null)).accuracy()).isEqualTo(0.5);
  }

  @Test
  void negativeCountsAreRefused() {
    assertThatThrownBy(() -> new DateScore(-1, 0, 0, 0)).isInstanceOf(IllegalArgumentException.class);
  }
}
