package verbatim.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

class RegionTest {
  private static final String TEXT = "  “It works,” he said.\n\n“Really.”  ";

  @Test
  void normalizingTrimsWhitespaceAroundEachFragment() {
    assertThat(Region.of(0, 13).normalized(TEXT)).isEqualTo(Region.of(2, 13));
  }

  @Test
  void fragmentsSeparatedOnlyByWhitespaceBecomeOne() {
    Region split = new Region(List.of(new Span(2, 22), new Span(24, 33)));
    assertThat(split.normalized(TEXT)).isEqualTo(Region.of(2, 33));
  }

  @Test
  void fragmentsSeparatedByWordsStayApart() {
    Region split = new Region(List.of(new Span(2, 13), new Span(24, 33)));
    assertThat(split.normalized(TEXT).fragments()).hasSize(2);
  }

  @Test
  void onlyWhitespaceNormalizesToNothing() {
    assertThat(Region.of(0, 2).normalized(TEXT)).isNull();
  }

  @Test
  void overlapCountsSharedCharactersAcrossFragments() {
    Region a = new Region(List.of(new Span(0, 10), new Span(20, 30)));
    Region b = Region.of(5, 25);
    assertThat(a.overlap(b)).isEqualTo(10);
    assertThat(b.overlap(a)).isEqualTo(10);
    assertThat(a.length()).isEqualTo(20);
  }

  @Test
  void overlappingFragmentsOfOneRegionCountOnce() {
    Region a = new Region(List.of(new Span(0, 10), new Span(5, 15)));
    assertThat(a.length()).isEqualTo(15);
    assertThat(a.overlap(Region.of(0, 100))).isEqualTo(15);
  }

  @Test
  void fragmentsAreKeptInTextOrder() {
    Region a = new Region(List.of(new Span(20, 30), new Span(0, 10)));
    assertThat(a.begin()).isZero();
    assertThat(a.toString()).isEqualTo("0 10;20 30");
  }
}
