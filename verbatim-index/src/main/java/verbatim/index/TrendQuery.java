package verbatim.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Which period to find rising phrases in; it is compared with the period of the same length just
 * before it.
 *
 * @param from first day of the period
 * @param to last day of the period
 * @param sources only documents from these publishers (none: all)
 * @param speaker only what this person is quoted saying, or {@code null} for whole documents
 * @param limit how many phrases
 */
public record TrendQuery(LocalDate from, LocalDate to, List<String> sources, String speaker, int limit) {
  public TrendQuery {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    if (to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    sources = List.copyOf(sources);
    if (limit < 1 || limit > Page.MAX_LIMIT) {
      throw new IllegalArgumentException("limit " + limit + " is not in [1, " + Page.MAX_LIMIT + "]");
    }
  }

  /** The period of the same length that ends the day before {@link #from}. */
  LocalDate previousFrom() {
    return from.minusDays(to.toEpochDay() - from.toEpochDay() + 1);
  }
}
