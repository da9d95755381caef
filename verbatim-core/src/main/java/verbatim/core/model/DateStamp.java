package verbatim.core.model;

import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Objects;

/**
 * A document date (published or updated) as read from the page, with where it was read and where
 * its zone came from.
 *
 * @param local the wall-clock date and time as printed
 * @param offset the UTC offset at that time, or {@code null} when the zone is unknown
 * @param zone the named zone when one is known ("Asia/Seoul"), else {@code null}
 * @param precision how much of {@code local} the page actually gave
 * @param from where on the page the date was read
 * @param zoneFrom where the offset came from
 * @param evidence the text the date was read from, for a person checking it
 */
public record DateStamp(
    LocalDateTime local,
    ZoneOffset offset,
    String zone,
    Precision precision,
    DateOrigin from,
    ZoneOrigin zoneFrom,
    String evidence) {

  /** How much of a date the page gave. */
  public enum Precision {
    DAY,
    MINUTE,
    SECOND
  }

  public DateStamp {
    Objects.requireNonNull(local, "local");
    Objects.requireNonNull(precision, "precision");
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(zoneFrom, "zoneFrom");
    if ((offset == null) != (zoneFrom == ZoneOrigin.UNKNOWN)) {
      throw new IllegalArgumentException("offset " + offset + " disagrees with zone origin " + zoneFrom);
    }
  }

  /** A date read without any zone information. */
  public static DateStamp unzoned(LocalDateTime local, Precision precision, DateOrigin from, String evidence) {
    return new DateStamp(local, null, null, precision, from, ZoneOrigin.UNKNOWN, evidence);
  }

  /** A date that the page printed with its offset. */
  public static DateStamp withOffset(OffsetDateTime value, Precision precision, DateOrigin from, String evidence) {
    return new DateStamp(value.toLocalDateTime(), value.getOffset(), null, precision, from, ZoneOrigin.PAGE, evidence);
  }

  public boolean zoneKnown() {
    return offset != null;
  }

  /** This date placed in {@code zoneId}, unless the page already said its offset. */
  public DateStamp inZone(ZoneId zoneId, ZoneOrigin origin) {
    if (zoneKnown()) {
      return this;
    }
    ZoneOffset at = zoneId.getRules().getOffset(local);
    return new DateStamp(local, at, zoneId.getId(), precision, from, origin, evidence);
  }

  /**
   * ISO-8601: {@code 2025-02-10T07:24:00+09:00} when the zone is known, the local form without
   * offset when it is not, and the date alone when the page gave only a day.
   */
  public String iso() {
    if (precision == Precision.DAY) {
      return local.toLocalDate().toString();
    }
    String localPart = local.format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
    if (local.getSecond() == 0 && local.getNano() == 0) {
      localPart = local.format(DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss"));
    }
    return offset == null ? localPart : localPart + offset.getId().replace("Z", "+00:00");
  }
}
