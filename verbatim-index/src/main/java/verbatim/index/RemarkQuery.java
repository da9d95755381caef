package verbatim.index;

import java.time.LocalDate;

/**
 * Which quotes to group into remarks.
 *
 * @param speaker whose remarks (a name as {@link QuoteQuery} takes it), or {@code null} for everyone
 * @param from first day, or {@code null}
 * @param to last day, or {@code null}
 * @param windowDays how far apart two reports of one remark may be published
 * @param similarity how alike two reports must be, 0 to 1 (see {@link Remarks})
 * @param page which remarks, most reported first
 */
public record RemarkQuery(String speaker, LocalDate from, LocalDate to, int windowDays, double similarity, Page page) {
  public static final int DEFAULT_WINDOW_DAYS = 7;
  public static final double DEFAULT_SIMILARITY = 0.5;

  public RemarkQuery {
    if (windowDays < 0) {
      throw new IllegalArgumentException("window of " + windowDays + " days is negative");
    }
    if (similarity <= 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity " + similarity + " is not in (0, 1]");
    }
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
    java.util.Objects.requireNonNull(page, "page");
  }

  public static RemarkQuery by(String speaker) {
    return new RemarkQuery(speaker, null, null, DEFAULT_WINDOW_DAYS, DEFAULT_SIMILARITY, Page.FIRST);
  }
}
