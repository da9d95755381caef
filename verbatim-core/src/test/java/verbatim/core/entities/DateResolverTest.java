package verbatim.core.entities;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.DateMention;
import verbatim.core.model.Span;

class DateResolverTest {
  private static final LocalDate MONDAY = LocalDate.of(2025, 2, 10);
  private final DateResolver resolver = new DateResolver();

  private List<String> values(String sentence) {
    return resolver.resolve(sentence, List.of(new Span(0, sentence.length())), MONDAY).stream().map(DateMention::value).toList();
  }

  @Test
  void weekdaysLookBackUnlessTheSentenceLooksAhead() {
    assertThat(values("He said on Friday that talks would go on.")).containsExactly("2025-02-07");
    assertThat(values("Talks will resume on Friday.")).containsExactly("2025-02-14");
    assertThat(values("The summit ended on Monday.")).containsExactly("2025-02-10");
  }

  @Test
  void monthsAndYears() {
    assertThat(values("since its launch on Jan. 20.")).containsExactly("2025-01-20");
    assertThat(values("the meeting in April last year")).containsExactly("2024-04");
    assertThat(values("They met on 5 March and again in December.")).containsExactly("2024-03-05", "2024-12");
    assertThat(values("It was signed on February 3, 2019.")).containsExactly("2019-02-03");
    assertThat(values("The President may present conditions.")).isEmpty();
  }

  @Test
  void withoutAPublishedDateOnlyAbsoluteDates() {
    String s = "On Friday, as on 3 May 2020, nothing happened.";
    assertThat(resolver.resolve(s, List.of(new Span(0, s.length())), null)).extracting(DateMention::value)
        .containsExactly("2020-05-03");
  }
}
