package verbatim.core.extract.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * A full day in a page's address: {@code /2025/02/10/}, {@code /20250210/}, {@code 2025-02-10},
 * {@code 2025_02_10}. A year and month alone ({@code /2025/02/slug}) is not a day and is not read,
 * nor is a slug that opens with a number ({@code /2023/10/3-questions-for}): in a slashed date
 * the day is a path segment of its own.
 */
final class UrlDate {
  private UrlDate() {}

  private static final Pattern SEPARATED = Pattern.compile(
      "(?<![0-9])((?:19|20)\\d{2})[/_.-](\\d{1,2})[/_.-](\\d{1,2})(?![0-9])");
  private static final Pattern COMPACT = Pattern.compile(
      "(?<![0-9])((?:19|20)\\d{2})(\\d{2})(\\d{2})(?![0-9])");

  static Optional<DateStamp> of(String url) {
    if (url == null) {
      return Optional.empty();
    }
    String path = pathOf(url);
    for (Pattern p : new Pattern[] {SEPARATED, COMPACT}) {
      Matcher m = p.matcher(path);
      while (m.find()) {
        if (slugNumber(m, path)) {
          continue;
        }
        Optional<LocalDate> day = day(m);
        if (day.isPresent()) {
          DateStamp d = DateStamp.unzoned(day.get().atStartOfDay(), DateStamp.Precision.DAY, DateOrigin.URL, url);
          if (Dates.plausible(d)) {
            return Optional.of(d);
          }
        }
      }
    }
    return Optional.empty();
  }

  /** "/2023/10/3-fragen": the "3" after a slashed year and month starts the slug, it is not a day. */
  private static boolean slugNumber(Matcher m, String path) {
    if (path.charAt(m.end(1)) != '/' || m.end() >= path.length()) {
      return false;
    }
    char next = path.charAt(m.end());
    return next != '/' && next != '.' && next != '?' && next != '#';
  }

  private static Optional<LocalDate> day(Matcher m) {
    try {
      return Optional.of(LocalDate.of(
          Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
    } catch (DateTimeException | NumberFormatException notADay) {
      return Optional.empty();
    }
  }

  /** Path and query without the host, whose digits (an IP, "web2025.de") are not a date. */
  private static String pathOf(String url) {
    int scheme = url.indexOf("://");
    int start = scheme < 0 ? 0 : url.indexOf('/', scheme + 3);
    return start < 0 ? "" : url.substring(start);
  }
}
