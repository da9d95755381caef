package verbatim.bench.extraction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SegmentScoreTest {
  @Test
  void countsSegmentsFoundAfterWhitespaceNormalization() {
    SegmentScore s = SegmentScore.of("The mayor\n said  the bridge\u00a0will reopen.\n\nShare this",
        List.of("mayor said the bridge", "will reopen", "ferry"), List.of("Share this", "Cookies"));

    assertThat(s).isEqualTo(new SegmentScore(2, 1, 1, 1));
    assertThat(s.precision()).isEqualTo(2.0 / 3);
    assertThat(s.recall()).isEqualTo(2.0 / 3);
    assertThat(s.accuracy()).isEqualTo(3.0 / 5);
  }

  @Test
  void emptyOutputMissesEverythingAndLeaksNothing() {
    SegmentScore s = SegmentScore.of("", List.of("a", ""), List.of("b"));

    assertThat(s).isEqualTo(new SegmentScore(0, 2, 0, 1));
    assertThat(s.f1()).isZero();
  }

  @Test
  void scoresAddUpBeforeTheRatios() {
    SegmentScore sum = SegmentScore.of("alpha", List.of("alpha"), List.of("beta"))
        .plus(SegmentScore.of("beta", List.of("alpha"), List.of("beta")));

    assertThat(sum).isEqualTo(new SegmentScore(1, 1, 1, 1));
    assertThat(sum.f1()).isEqualTo(0.5);
  }
}
