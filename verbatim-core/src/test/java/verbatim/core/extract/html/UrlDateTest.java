package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import verbatim.core.model.DateStamp;

class UrlDateTest {
  private static String day(String url) {
    return UrlDate.of(url).map(DateStamp::iso).orElse(null);
  }

  @Test
  void slashedDayIsAPathSegmentOfItsOwn() {
    assertThat(day("https://blog.example/2023/10/31/three-questions/")).isEqualTo("2023-10-31");
    assertThat(day("https://blog.example/2023/10/3")).isEqualTo("2023-10-03");
    assertThat(day("https://blog.example/2023/10/3.html")).isEqualTo("2023-10-03");
  }

  @Test
  void slugOpeningWithANumberAfterYearAndMonthIsNotADay() {
    assertThat(day("https://blog.example/2023/10/3-questions-for-our-team/")).isNull();
    assertThat(day("https://blog.example/2023/10/12-tips/")).isNull();
  }

  @Test
  void dashedAndCompactDaysStillReadBeforeASlug() {
    assertThat(day("https://n.example/2023-10-03-questions")).isEqualTo("2023-10-03");
    assertThat(day("https://n.example/story-20231003-questions")).isEqualTo("2023-10-03");
  }
}
