package verbatim.core.extract.html;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.ZoneOrigin;

/**
 * Puts a date given in UTC back on the publisher's wall clock when the page itself shows which
 * one. A UTC date names the right instant but often the wrong day for the reader: 22:28 in New
 * York is already tomorrow in UTC. The page shows its offset in two ways: another timestamp of
 * the same instant with a non-zero offset (often in a script's data), or an unzoned date of the
 * same minute and second a whole number of quarter hours away (a {@code <time>} printed in local
 * time). The offset is then the page's own, never assumed.
 */
final class LocalOffset {
  private LocalOffset() {}

  private static final Pattern ZONED_ISO = Pattern.compile(
      "\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2})?(?:\\.\\d+)?[+-]\\d{2}:?\\d{2}");
  private static final long MAX_OFFSET_SECONDS = Duration.ofHours(14).toSeconds();
  private static final int QUARTER_HOUR = 900;
  private static final int MAX_SCRIPT = 500_000;

  /** {@code utc} at the page's local offset when the page shows it, else {@code utc} unchanged. */
  static DateStamp resolve(DateStamp utc, Document page, List<Supplier<Optional<DateStamp>>> printed) {
    if (utc == null || !ZoneOffset.UTC.equals(utc.offset()) || utc.precision() == DateStamp.Precision.DAY) {
      return utc;
    }
    for (Supplier<Optional<DateStamp>> candidate : printed) {
      Optional<DateStamp> local = candidate.get().flatMap(d -> sameInstant(utc, d));
      if (local.isPresent()) {
        return local.get();
      }
    }
    return inScripts(utc, page).orElse(utc);
  }

  private static Optional<DateStamp> sameInstant(DateStamp utc, DateStamp other) {
    if (other.precision() == DateStamp.Precision.DAY) {
      return Optional.empty();
    }
    if (other.zoneKnown()) {
      boolean same = !ZoneOffset.UTC.equals(other.offset())
          && Math.abs(epoch(other) - epoch(utc)) <= 60;
      return same ? Optional.of(other) : Optional.empty();
    }
    long shift = other.local().toEpochSecond(ZoneOffset.UTC) - epoch(utc);
    if (shift == 0 || Math.abs(shift) > MAX_OFFSET_SECONDS || shift % QUARTER_HOUR != 0) {
      return Optional.empty();
    }
    ZoneOffset offset = ZoneOffset.ofTotalSeconds((int) shift);
    return Optional.of(new DateStamp(other.local(), offset, null, utc.precision(), utc.from(), ZoneOrigin.PAGE,
        utc.evidence() + "; local time " + other.evidence()));
  }

  private static Optional<DateStamp> inScripts(DateStamp utc, Document page) {
    for (Element script : page.select("script")) {
      String data = script.data();
      Matcher m = ZONED_ISO.matcher(data.length() > MAX_SCRIPT ? data.substring(0, MAX_SCRIPT) : data);
      while (m.find()) {
        Optional<DateStamp> local = DateText.find(m.group(), utc.from()).flatMap(d -> sameInstant(utc, d));
        if (local.isPresent()) {
          return local.map(d -> Dates.withEvidence(d, utc.evidence() + "; same instant in page data: " + m.group()));
        }
      }
    }
    return Optional.empty();
  }

  private static long epoch(DateStamp d) {
    return d.local().toEpochSecond(d.offset());
  }
}
