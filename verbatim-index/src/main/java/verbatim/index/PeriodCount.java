package verbatim.index;

import java.util.Objects;

/**
 * How many documents used a phrase in one period of a timeline.
 *
 * @param period the period's name: {@code 2025-W06}, {@code 2025-02} or {@code 2025}
 */
public record PeriodCount(String period, long count) {
  public PeriodCount {
    Objects.requireNonNull(period, "period");
    if (count < 0) {
      throw new IllegalArgumentException("count " + count + " is negative");
    }
  }
}
