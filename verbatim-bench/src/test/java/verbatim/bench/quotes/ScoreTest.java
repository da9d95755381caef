package verbatim.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.bench.Counts;
import verbatim.core.model.Span;

class ScoreTest {
  //                                    1         2         3         4         5         6
  //                          0123456789012345678901234567890123456789012345678901234567890
  private static final String TEXT = "“We will win,” Smith said. She said that taxes would rise.";
  private static final GoldAttribution DIRECT = new GoldAttribution("E1", Region.of(15, 20), Region.of(21, 25),
      List.of(Region.of(0, 14)));
  private static final GoldAttribution INDIRECT = new GoldAttribution("E2", Region.of(27, 30), Region.of(31, 35),
      List.of(Region.of(36, 57)));
  private static final GoldDocument DOC = new GoldDocument("d", "a", TEXT, List.of(DIRECT, INDIRECT));

  private static Score score(PredictedAttribution... predicted) {
    Score score = new Score();
    score.add(DOC, List.of(predicted));
    return score;
  }

  private static PredictedAttribution predicted(Span source, Span cue, Span content) {
    return new PredictedAttribution(source, cue, List.of(content), "DIRECT");
  }

  @Test
  void perfectPredictionScoresOneEverywhere() {
    Score s = score(predicted(new Span(15, 20), new Span(21, 25), new Span(0, 14)),
        predicted(new Span(27, 30), new Span(31, 35), new Span(36, 57)));
    for (Role role : Role.values()) {
      assertThat(s.counts(role, MatchKind.EXACT)).isEqualTo(new Counts(2, 0, 0));
    }
    assertThat(s.rightSourceShare()).isEqualTo(1.0);
  }

  @Test
  void surroundingWhitespaceDoesNotBreakAnExactMatch() {
    Score s = score(predicted(new Span(14, 21), null, new Span(0, 14)));
    assertThat(s.counts(Role.SOURCE, MatchKind.EXACT)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void contentWithoutItsQuoteMarksOnlyOverlaps() {
    Score s = score(predicted(null, null, new Span(1, 13)));
    assertThat(s.counts(Role.CONTENT, MatchKind.EXACT)).isEqualTo(new Counts(0, 1, 2));
    assertThat(s.counts(Role.CONTENT, MatchKind.OVERLAP)).isEqualTo(new Counts(1, 0, 1));
    assertThat(s.counts(Role.CONTENT, MatchKind.BEGIN)).isEqualTo(new Counts(0, 1, 2));
  }

  @Test
  void eachGoldSpanIsFoundOnce() {
    Score s = score(predicted(null, null, new Span(0, 14)), predicted(null, null, new Span(0, 5)));
    assertThat(s.counts(Role.CONTENT, MatchKind.OVERLAP)).isEqualTo(new Counts(1, 1, 1));
  }

  @Test
  void oneToOneMatchingIsMaximalNotGreedy() {
    // the first prediction overlaps both gold contents; greedy would give it the first and strand the second
    Score s = score(predicted(null, null, new Span(10, 40)), predicted(null, null, new Span(5, 12)));
    assertThat(s.counts(Role.CONTENT, MatchKind.OVERLAP)).isEqualTo(new Counts(2, 0, 0));
  }

  @Test
  void theSamePredictedSpeakerTwiceIsOneSpan() {
    Score s = score(predicted(new Span(15, 20), null, new Span(0, 14)), predicted(new Span(15, 20), null, new Span(36, 57)));
    assertThat(s.counts(Role.SOURCE, MatchKind.EXACT)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void discontinuousSpansMatchOnlyWithAllFragments() {
    GoldAttribution split = new GoldAttribution("E1", null, null,
        List.of(new Region(List.of(new Span(0, 14), new Span(27, 57)))));
    Score s = new Score();
    s.add(new GoldDocument("d", "a", TEXT, List.of(split)), List.of(predicted(null, null, new Span(0, 14))));
    assertThat(s.counts(Role.CONTENT, MatchKind.EXACT)).isEqualTo(new Counts(0, 1, 1));
    assertThat(s.counts(Role.CONTENT, MatchKind.BEGIN)).isEqualTo(new Counts(1, 0, 0));
    Score both = new Score();
    both.add(new GoldDocument("d", "a", TEXT, List.of(split)), List.of(new PredictedAttribution(null, null,
        List.of(new Span(27, 57), new Span(0, 14)), null)));
    assertThat(both.counts(Role.CONTENT, MatchKind.EXACT)).isEqualTo(new Counts(1, 0, 0));
  }

  @Test
  void theFragmentViewScoresEachPieceOfASplitQuoteOnItsOwn() {
    GoldAttribution split = new GoldAttribution("E1", null, null,
        List.of(new Region(List.of(new Span(0, 14), new Span(27, 57)))));
    Score s = new Score();
    s.add(new GoldDocument("d", "a", TEXT, List.of(split)), List.of(predicted(null, null, new Span(0, 14))));
    assertThat(s.counts(Role.FRAGMENT, MatchKind.EXACT)).isEqualTo(new Counts(1, 0, 1));
  }

  @Test
  void rightSourceNeedsHalfTheContentAndAnOverlappingSource() {
    // covers 20 of the 21 gold content characters, source "She" given as "She said"
    Score right = score(predicted(new Span(27, 35), null, new Span(37, 57)));
    assertThat(right.rightSourceShare()).isEqualTo(0.5);
    // the right content with the wrong source
    Score wrong = score(predicted(new Span(15, 20), null, new Span(36, 57)));
    assertThat(wrong.rightSourceShare()).isZero();
    assertThat(wrong.contentFoundShare()).isEqualTo(0.5);
    // the right source with too little of the content
    Score little = score(predicted(new Span(27, 30), null, new Span(36, 41)));
    assertThat(little.rightSourceShare()).isZero();
  }

  @Test
  void nothingPredictedScoresZeroWithoutDividingByZero() {
    Score s = score();
    assertThat(s.counts(Role.CUE, MatchKind.EXACT)).isEqualTo(new Counts(0, 0, 2));
    assertThat(s.counts(Role.CUE, MatchKind.EXACT).f1()).isZero();
    assertThat(s.rightSourceShare()).isZero();
  }

  @Test
  void kindsCountContentPrecision() {
    Score s = score(predicted(null, null, new Span(0, 14)), predicted(null, null, new Span(36, 50)),
        new PredictedAttribution(null, null, List.of(new Span(21, 25)), "TERM"));
    assertThat(s.kinds().get("DIRECT")).containsExactly(2, 1, 2);
    assertThat(s.kinds().get("TERM")).containsExactly(1, 0, 0);
  }

  @Test
  void countsGivePrecisionRecallAndF1() {
    Counts c = new Counts(2, 2, 6);
    assertThat(c.precision()).isEqualTo(0.5);
    assertThat(c.recall()).isEqualTo(0.25);
    assertThat(c.f1()).isCloseTo(1.0 / 3, within(1e-9));
  }
}
