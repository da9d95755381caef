package verbatim.core.extract;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.DateStamp.Precision;

/**
 * Reads a date as news pages print it: ISO-8601 with or without offset, "February. 10, 2025
 * 07:24", "10 Feb 2025", "2025.02.10 07:24", "2025년 2월 10일". Returns empty for anything it cannot
 * read with certainty; it never guesses a day-month order.
 */
public final class DateText {
  private DateText() {}

  private static final Map<String, Integer> MONTHS = Map.ofEntries(
      Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
      Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
      Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11),
      Map.entry("dec", 12));

  private static final String TIME = "(?:[ ,T]+(?:at )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:\\.\\d+)?\\s*([ap]\\.?m\\.?)?)?";
  private static final String ZONE = "\\s*(Z|[+-]\\d{2}:?\\d{2}|UTC|GMT|KST)?";

  private static final Pattern NUMERIC = Pattern.compile(
      "(?<!\\d)(\\d{4})[-./](\\d{1,2})[-./](\\d{1,2})\\.?(?!\\d)" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  private static final Pattern MONTH_FIRST = Pattern.compile(
      "\\b([A-Za-z]{3,9})\\.?\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  private static final Pattern DAY_FIRST = Pattern.compile(
      "\\b(\\d{1,2})(?:st|nd|rd|th)?\\.?\\s+([A-Za-z]{3,9})\\.?,?\\s+(\\d{4})" + TIME + ZONE, Pattern.CASE_INSENSITIVE);
  private static final Pattern KOREAN = Pattern.compile(
      "(\\d{4})\\s*년\\s*(\\d{1,2})\\s*월\\s*(\\d{1,2})\\s*일" + TIME + ZONE);

  /** The first date in {@code s}, read from {@code origin}; the evidence is {@code s} trimmed. */
  public static Optional<DateStamp> find(String s, DateOrigin origin) {
    if (s == null || s.isBlank()) {
      return Optional.empty();
    }
    String evidence = Whitespace.normalize(s);
    Optional<DateStamp> iso = iso(evidence, origin);
    if (iso.isPresent()) {
      return iso;
    }
    for (Pattern p : new Pattern[] {NUMERIC, KOREAN}) {
      Matcher m = p.matcher(evidence);
      if (m.find()) {
        return build(m, num(m.group(1)), num(m.group(2)), num(m.group(3)), origin, evidence);
      }
    }
    Matcher m = MONTH_FIRST.matcher(evidence);
    if (m.find() && month(m.group(1)) > 0) {
      return build(m, num(m.group(3)), month(m.group(1)), num(m.group(2)), origin, evidence);
    }
    m = DAY_FIRST.matcher(evidence);
    if (m.find() && month(m.group(2)) > 0) {
      return build(m, num(m.group(3)), month(m.group(2)), num(m.group(1)), origin, evidence);
    }
    return Optional.empty();
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
    ZoneOffset offset = offset(m.group(g));
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

  private static int month(String name) {
    String key = name.toLowerCase(Locale.ROOT);
    Integer exact = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
    if (exact == null || (key.length() > 4 && !fullMonthName(key))) {
      return -1;
    }
    return exact;
  }

  private static boolean fullMonthName(String key) {
    return java.util.Arrays.stream(java.time.Month.values())
        .map(mo -> mo.getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT))
        .anyMatch(key::equals) || key.equals("sept");
  }

  private static int num(String s) {
    return Integer.parseInt(s);
  }
}
