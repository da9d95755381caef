package verbatim.core.extract.html;

import java.time.LocalDate;
import java.util.Optional;
import verbatim.core.model.DateStamp;

/** Checks shared by the date sources. */
final class Dates {
  private Dates() {}

  /** Before the web had news pages; a date this early is a historical date in the text. */
  static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);

  /** The same date with the evidence a person checking it should see, cut to a readable length. */
  static DateStamp withEvidence(DateStamp d, String evidence) {
    String e = evidence.length() > 160 ? evidence.substring(0, 157) + "..." : evidence;
    return new DateStamp(d.local(), d.offset(), d.zone(), d.precision(), d.from(), d.zoneFrom(), e);
  }

  /** Whether a page could carry this as its own date: not before the web, not after tomorrow. */
  static boolean plausible(DateStamp d) {
    LocalDate day = d.local().toLocalDate();
    return !day.isBefore(EARLIEST) && !day.isAfter(LocalDate.now().plusDays(1));
  }

  static Optional<DateStamp> plausible(Optional<DateStamp> d) {
    return d.filter(Dates::plausible);
  }
}
