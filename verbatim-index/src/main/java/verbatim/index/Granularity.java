package verbatim.index;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/** How a timeline groups days: ISO weeks (Monday first), calendar months or years. */
public enum Granularity {
  WEEK,
  MONTH,
  YEAR;

  /** The first day of the period {@code day} falls in. */
  LocalDate start(LocalDate day) {
    switch (this) {
      case WEEK: return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      case MONTH: return day.withDayOfMonth(1);
      case YEAR: return day.withDayOfYear(1);
      default: throw new AssertionError(this);
    }
  }

  /** The first day of the period after the one starting on {@code start}. */
  LocalDate next(LocalDate start) {
    switch (this) {
      case WEEK: return start.plusWeeks(1);
      case MONTH: return start.plusMonths(1);
      case YEAR: return start.plusYears(1);
      default: throw new AssertionError(this);
    }
  }

  /** How the period starting on {@code start} is named: {@code 2025-W06}, {@code 2025-02}, {@code 2025}. */
  String label(LocalDate start) {
    switch (this) {
      case WEEK: return String.format(Locale.ROOT, "%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR),
          start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
      case MONTH: return start.toString().substring(0, 7);
      case YEAR: return Integer.toString(start.getYear());
      default: throw new AssertionError(this);
    }
  }
}
