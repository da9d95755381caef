package verbatim.core.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.DateStamp.Precision;

/**
 * Reads a date as news pages print it: ISO-8601 with or without offset, "February. 10, 2025
 * 07:24", "10 Feb 2025", "10. Februar 2025", "10.02.2025", "2025.02.10 07:24", "2025년 2월 10일".
 * Returns empty for anything it cannot read with certainty; it never guesses a day-month order (a
 * slashed "03/04/2025" is not read, "13/04/2025" is).
 */
public final class DateText {
  private DateText() {}

  private static final String TIME =
      "(?:[ ,T|/-]+(?:at |um |à |a las |-\\s)?(\\d{1,2})[:h](\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([ap]\\.?m\\.?)?)?";
  private static final String ZONE = "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|KST)?";
  private static final String MONTH = "(\\p{L}{3,10})";

  private static final Pattern NUMERIC = Pattern.compile(
      "(?<![\\d.])(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?(?![\\d.]?\\d)" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  /** "10.02.2025": with dots the order is day-month everywhere that prints it so. */
  private static final Pattern DOTTED_DAY_FIRST = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})\\.\\s?(\\d{1,2})\\.\\s?(\\d{4})(?![\\d.]?\\d)" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  /**
   * "10.02.25": two-digit day, month and year, as German and Swiss pages print short dates. The
   * century is the one that puts the year closest to, and not after, this year.
   */
  private static final Pattern DOTTED_SHORT_YEAR = Pattern.compile(
      "(?<![\\d.])(\\d{2})\\.(\\d{2})\\.(\\d{2})(?![\\d.]?\\d)" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  /** "10/02/2025" or "02-10-2025": read only when one side exceeds 12, so the order is not a guess. */
  private static final Pattern SLASHED = Pattern.compile(
      "(?<![\\d/.-])(\\d{1,2})([/-])(\\d{1,2})\\2(\\d{4})(?![\\d/])" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "(?<!\\p{L})" + MONTH + "\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?\\.?,?\\s+(\\d{4})(?!\\d)" + TIME + ZONE,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+|of\\s+)?" + MONTH
          + "\\.?,?\\s+(?:de\\s+)?(\\d{4})(?!\\d)" + TIME + ZONE,
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
  private static final Pattern KOREAN = Pattern.compile(
      "(\\d{4})\\s*[년年]\\s*(\\d{1,2})\\s*[월月]\\s*(\\d{1,2})\\s*[일日]" + TIME + ZONE);

  /** The first date in {@code s} (leftmost), read from {@code origin}; the evidence is {@code s} trimmed. */
  public static Optional<DateStamp> find(String s, DateOrigin origin) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String evidence = Whitespace.normalize(s);
    Optional<DateStamp> iso = iso(evidence, origin);
    if (iso.isPresent()) {
      return iso;
    }
    Found best = null;
    for (Pattern p : new Pattern[] {NUMERIC, KOREAN, DOTTED_DAY_FIRST, DOTTED_SHORT_YEAR, SLASHED, MONTH_FIRST, DAY_FIRST}) {
      Found f = first(p, evidence, origin, best == null ? evidence.length() : best.start());
      if (f != null && (best == null || f.start() < best.start())) {
        best = f;
      }
    }
    return best == null ? Optional.empty() : Optional.of(best.date());
  }

  private record Found(int start, DateStamp date) {}

  /** The first match of {@code p} before {@code limit} that is a real calendar date. */
  private static Found first(Pattern p, String s, DateOrigin origin, int limit) {
    Matcher m = p.matcher(s);
    while (m.find() && m.start() < limit) {
      Optional<DateStamp> d = read(p, m, origin, s);
      if (d.isPresent()) {
        return new Found(m.start(), d.get());
      }
    }
    return null;
  }

  private static Optional<DateStamp> read(Pattern p, Matcher m, DateOrigin origin, String evidence) {
    if (p == NUMERIC || p == KOREAN) {
      return build(m, num(m.group(1)), num(m.group(2)), num(m.group(3)), origin, evidence);
    }
    if (p == DOTTED_DAY_FIRST) {
      return build(m, num(m.group(3)), num(m.group(2)), num(m.group(1)), origin, evidence);
    }
    if (p == DOTTED_SHORT_YEAR) {
      int yy = num(m.group(3));
      int thisYear = java.time.Year.now().getValue();
      int year = 2000 + yy <= thisYear ? 2000 + yy : 1900 + yy;
      return build(m, year, num(m.group(2)), num(m.group(1)), origin, evidence);
    }
    if (p == SLASHED) {
      int a = num(m.group(1));
      int b = num(m.group(3));
      if ((a > 12) == (b > 12)) {
        return Optional.empty();
      }
      return a > 12
          ? build(m, num(m.group(4)), b, a, origin, evidence)
          : build(m, num(m.group(4)), a, b, origin, evidence);
    }
    if (p == MONTH_FIRST) {
      int month = MonthNames.month(m.group(1));
      return month < 0 ? Optional.empty() : build(m, num(m.group(3)), month, num(m.group(2)), origin, evidence);
    }
    int month = MonthNames.month(m.group(2));
    return month < 0 ? Optional.empty() : build(m, num(m.group(3)), month, num(m.group(1)), origin, evidence);
  }

  private static Optional<DateStamp> iso(String s, DateOrigin origin) {
    String t = s.trim();
    try {
      OffsetDateTime odt = OffsetDateTime.parse(t);
      return Optional.of(DateStamp.withOffset(odt, precisionOf(odt.toLocalTime()), origin, s));
    } catch (DateTimeParseException notOffset) {
      // fall through to the patterns
    }
    try {
      LocalDateTime ldt = LocalDateTime.parse(t);
      return Optional.of(DateStamp.unzoned(ldt, precisionOf(ldt.toLocalTime()), origin, s));
    } catch (DateTimeParseException notLocal) {
      return Optional.empty();
    }
  }

  private static Precision precisionOf(LocalTime t) {
    return t.getSecond() == 0 && t.getNano() == 0 ? Precision.MINUTE : Precision.SECOND;
  }

  private static Optional<DateStamp> build(Matcher m, int year, int month, int day, DateOrigin origin, String evidence) {
    LocalDate date;
    try {
      date = LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException impossible) {
      return Optional.empty();
    }
    int g = m.groupCount();
    String hour = m.group(g - 4);
    if (hour == null) {
      return Optional.of(DateStamp.unzoned(date.atStartOfDay(), Precision.DAY, origin, evidence));
    }
    int h = num(hour);
    String ampm = m.group(g - 1);
    if (ampm != null) {
      boolean pm = Character.toLowerCase(ampm.charAt(0)) == 'p';
      h = (h % 12) + (pm ? 12 : 0);
    }
    String seconds = m.group(g - 2);
    if (h > 23 || num(m.group(g - 3)) > 59) {
      return Optional.of(DateStamp.unzoned(date.atStartOfDay(), Precision.DAY, origin, evidence));
    }
    LocalDateTime local = date.atTime(h, num(m.group(g - 3)), seconds == null ? 0 : num(seconds));
    Precision precision = seconds == null ? Precision.MINUTE : Precision.SECOND;
    ZoneOffset offset;
    try {
      offset = offset(m.group(g));
    } catch (java.time.DateTimeException | NumberFormatException impossibleOffset) {
      offset = null;
    }
    if (offset == null) {
      return Optional.of(DateStamp.unzoned(local, precision, origin, evidence));
    }
    return Optional.of(DateStamp.withOffset(local.atOffset(offset), precision, origin, evidence));
  }

  private static ZoneOffset offset(String zone) {
    if (zone == null) {
      return null;
    }
    String z = zone.toUpperCase(Locale.ROOT);
    switch (z) {
      case "Z": case "UTC": case "GMT": return ZoneOffset.UTC;
      case "KST": return ZoneOffset.ofHours(9);
      default:
        String digits = z.replace(":", "");
        return ZoneOffset.ofHoursMinutes(
            Integer.parseInt(digits.substring(0, 3)), Integer.parseInt(digits.charAt(0) + digits.substring(3)));
    }
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
