package verbatim.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.bench.Counts;

class SpanScoreTest {
  private static final Entity PER = new Entity(0, 0, 2, "PER");
  private static final Entity LOC = new Entity(0, 4, 5, "LOC");
  private static final Entity ORG = new Entity(1, 1, 3, "ORG");

  @Test
  void identicalSpansScorePerfect() {
    SpanScore score = SpanScore.of(List.of(PER, LOC, ORG), List.of(PER, LOC, ORG));
    assertThat(score.overall()).isEqualTo(new Counts(3, 0, 0));
    assertThat(score.overall().f1()).isEqualTo(1.0);
  }

  @Test
  void wrongBoundaryIsOneFalsePositiveAndOneFalseNegative() {
    SpanScore score = SpanScore.of(List.of(PER), List.of(new Entity(0, 0, 1, "PER")));
    assertThat(score.overall()).isEqualTo(new Counts(0, 1, 1));
    assertThat(score.overall().f1()).isZero();
  }

  @Test
  void wrongTypeCountsAgainstBothTypes() {
    SpanScore score = SpanScore.of(List.of(LOC), List.of(new Entity(0, 4, 5, "ORG")));
    assertThat(score.type("LOC")).isEqualTo(new Counts(0, 0, 1));
    assertThat(score.type("ORG")).isEqualTo(new Counts(0, 1, 0));
  }

  @Test
  void sameSpanInAnotherSentenceDoesNotMatch() {
    SpanScore score = SpanScore.of(List.of(ORG), List.of(new Entity(2, 1, 3, "ORG")));
    assertThat(score.overall()).isEqualTo(new Counts(0, 1, 1));
  }

  @Test
  void microAveragesOverAllEntities() {
    // gold PER, LOC, ORG; predicted PER (right), LOC (right), one spurious MISC; ORG missed
    SpanScore score = SpanScore.of(List.of(PER, LOC, ORG), List.of(PER, LOC, new Entity(1, 0, 1, "MISC")));
    assertThat(score.overall()).isEqualTo(new Counts(2, 1, 1));
    assertThat(score.overall().precision()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.overall().recall()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.overall().f1()).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(score.type("PER").f1()).isEqualTo(1.0);
    assertThat(score.type("MISC").precision()).isZero();
  }

  @Test
  void typeMissingFromPredictionsHasRecallZero() {
    SpanScore score = SpanScore.of(List.of(new Entity(0, 0, 1, "MISC")), List.of());
    assertThat(score.type("MISC").recall()).isZero();
    assertThat(score.type("MISC").f1()).isZero();
    assertThat(score.overall().precision()).isZero();
  }

  @Test
  void nothingAtAllScoresZeroWithoutDividingByZero() {
    SpanScore score = SpanScore.of(List.of(), List.of());
    assertThat(score.overall().f1()).isZero();
    assertThat(score.type("PER")).isEqualTo(Counts.ZERO);
  }

  @Test
  void decodedIob1GoldAgainstIoPredictionEndToEnd() {
    List<Entity> gold = SpanDecoder.decode(0, List.of("I-PER", "I-PER", "O", "I-LOC", "B-LOC"));
    List<String> predicted = List.of("PERSON", "PERSON", "O", "CITY", "COUNTRY").stream()
        .map(TypeMapping::conllType).toList();
    // IO labels merge the two adjacent places into one span: one right, one wrong, one missed twice
    SpanScore score = SpanScore.of(gold, SpanDecoder.decode(0, predicted));
    assertThat(score.overall()).isEqualTo(new Counts(1, 1, 2));
  }
}
