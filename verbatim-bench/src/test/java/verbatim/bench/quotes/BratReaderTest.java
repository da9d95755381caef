package verbatim.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

class BratReaderTest {
  @Test
  void readsSourceCueAndDiscontinuousContent() {
    List<GoldAttribution> read = BratReader.parse(List.of(
        "T9\tContent 315 448;463 553\t“One …,” “Yesterday …”",
        "T10\tCue 449 453\tsaid",
        "T11\tSource 454 461\tCaddell",
        "T12\tAttribution 449 453\tsaid",
        "E3\tAttribution:T12 Source:T11 Cue:T10 Content:T9"), "a.ann");
    assertThat(read).containsExactly(new GoldAttribution("E3", Region.of(454, 461), Region.of(449, 453),
        List.of(new Region(List.of(new Span(315, 448), new Span(463, 553))))));
  }

  @Test
  void relationWithoutSourceHasNone() {
    List<GoldAttribution> read = BratReader.parse(List.of(
        "T5\tContent 10 20\tx",
        "T6\tCue 0 4\tsaid",
        "T7\tAttribution-no-source 0 4\tsaid",
        "E2\tAttribution-no-source:T7 Cue:T6 Content:T5"), "a.ann");
    assertThat(read.get(0).source()).isNull();
    assertThat(read.get(0).cue()).isEqualTo(Region.of(0, 4));
  }

  @Test
  void secondContentIsContent() {
    List<GoldAttribution> read = BratReader.parse(List.of(
        "T1\tContent 10 20\tx", "T2\tCue 0 4\tsaid", "T3\tContent 30 40\ty", "T4\tSource 5 9\the",
        "E1\tAttribution:T2 Content:T1 Cue:T2 Source:T4 Content2:T3"), "a.ann");
    assertThat(read.get(0).content()).containsExactly(Region.of(10, 20), Region.of(30, 40));
  }

  @Test
  void continuationLinesOfACoveredTextAreSkipped() {
    List<GoldAttribution> read = BratReader.parse(List.of(
        "T1\tContent 0 30\tfirst line",
        "",
        "second line of the same covered text",
        "T2\tCue 31 35\tsaid",
        "#1\tAnnotatorNotes T1\tunsure",
        "E1\tAttribution:T2 Content:T1 Cue:T2"), "a.ann");
    assertThat(read).hasSize(1);
  }

  @Test
  void danglingReferenceNamesFileAndLine() {
    assertThatThrownBy(() -> BratReader.parse(List.of("T1\tCue 0 4\tsaid", "E1\tAttribution:T1 Cue:T1 Content:T9"),
        "x.ann")).hasMessageContaining("x.ann:2").hasMessageContaining("Content:T9");
  }
}
