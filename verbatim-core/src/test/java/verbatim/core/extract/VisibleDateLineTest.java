package verbatim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import verbatim.core.extract.VisibleDateLine.Which;

class VisibleDateLineTest {

  @Test
  void germanLabelsAreRead() {
    assertThat(VisibleDateLine.parse("Veröffentlicht am 10.02.2025, 07:24")).get()
        .extracting(VisibleDateLine::which).isEqualTo(Which.PUBLISHED);
    assertThat(VisibleDateLine.parse("Stand: 25.01.2022")).get()
        .extracting(VisibleDateLine::which).isEqualTo(Which.UPDATED);
  }

  @Test
  void labelMustBeAWholeWord() {
    assertThat(VisibleDateLine.parse("Standort 2020-01-01")).isEmpty();
  }

  @Test
  void koreanLabels() {
    assertThat(VisibleDateLine.parse("수정 2025-02-11 09:00")).get()
        .extracting(VisibleDateLine::which).isEqualTo(Which.UPDATED);
  }
}
