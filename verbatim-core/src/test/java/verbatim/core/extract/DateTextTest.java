package verbatim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.DateStamp.Precision;
import verbatim.core.model.ZoneOrigin;

class DateTextTest {

  private static DateStamp read(String s) {
    return DateText.find(s, DateOrigin.VISIBLE_LINE).orElseThrow();
  }

  @Test
  void monthWithDotAndTimeIsMinutePrecisionAndUnzoned() {
    DateStamp d = read("February. 10, 2025 07:24");
    assertThat(d.local()).isEqualTo(LocalDateTime.of(2025, 2, 10, 7, 24));
    assertThat(d.precision()).isEqualTo(Precision.MINUTE);
    assertThat(d.offset()).isNull();
    assertThat(d.zoneFrom()).isEqualTo(ZoneOrigin.UNKNOWN);
  }

  @Test
  void isoWithOffsetKeepsTheOffset() {
    DateStamp d = read("2025-02-10T07:24:31+09:00");
    assertThat(d.offset()).isEqualTo(ZoneOffset.ofHours(9));
    assertThat(d.zoneFrom()).isEqualTo(ZoneOrigin.PAGE);
    assertThat(d.precision()).isEqualTo(Precision.SECOND);
  }

  @Test
  void explicitZIsPageZonedUtc() {
    DateStamp d = read("2025-02-10T07:24:00Z");
    assertThat(d.offset()).isEqualTo(ZoneOffset.UTC);
    assertThat(d.zoneFrom()).isEqualTo(ZoneOrigin.PAGE);
  }

  @Test
  void offsetWithoutColonIsRead() {
    assertThat(read("2019-06-17T18:28:00+0200").offset()).isEqualTo(ZoneOffset.ofHours(2));
  }

  @Test
  void germanDatesAreRead() {
    assertThat(read("Veröffentlicht am 10. Februar 2025").local().toLocalDate()).hasToString("2025-02-10");
    assertThat(read("3. März 2020, 14:30 Uhr").local()).isEqualTo(LocalDateTime.of(2020, 3, 3, 14, 30));
    assertThat(read("Donnerstag, 15.2.2018, 19:51").local()).isEqualTo(LocalDateTime.of(2018, 2, 15, 19, 51));
  }

  @Test
  void otherLanguagesMonthNames() {
    assertThat(read("le 5 décembre 2019").local().toLocalDate()).hasToString("2019-12-05");
    assertThat(read("12 de febrero de 2021").local().toLocalDate()).hasToString("2021-02-12");
    assertThat(read("2020年07月12日").local().toLocalDate()).hasToString("2020-07-12");
  }

  @Test
  void shortDottedYearIsInThisCentury() {
    assertThat(read("28.09.19").local().toLocalDate()).hasToString("2019-09-28");
  }

  @Test
  void ambiguousSlashedDateIsNotGuessed() {
    assertThat(DateText.find("03/04/2025", DateOrigin.META)).isEmpty();
    assertThat(read("20/06/2019").local().toLocalDate()).hasToString("2019-06-20");
    assertThat(read("06/20/2019").local().toLocalDate()).hasToString("2019-06-20");
  }

  @Test
  void leftmostDateWins() {
    assertThat(read("10 Feb 2025, updated 2025-03-01").local().toLocalDate()).hasToString("2025-02-10");
  }

  @Test
  void impossibleDatesAndJunkAreEmpty() {
    assertThat(DateText.find("2025-02-30", DateOrigin.META)).isEmpty();
    assertThat(DateText.find("version 1.9.22", DateOrigin.META)).isEmpty();
    assertThat(DateText.find("", DateOrigin.META)).isEmpty();
    assertThat(DateText.find(null, DateOrigin.META)).isEmpty();
    assertThat(DateText.find("Mayday 12 2020", DateOrigin.META)).isEmpty();
    assertThat(DateText.find("2025-02-10T07:24+99:99", DateOrigin.META)).get()
        .extracting(DateStamp::offset).isNull();
  }
}
