package verbatim.core.extract;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * A short printed line that states when the article was posted or updated: "Posted February. 10,
 * 2025 07:24", "Updated …", "입력 2025-02-10 07:24", "수정 …", "Published: …", "Veröffentlicht am
 * …", "Stand: …", "Mis à jour le …". The label must open the line.
 */
public record VisibleDateLine(Which which, DateStamp date) {

  /** Which of the two document dates a line states. */
  public enum Which {
    PUBLISHED,
    UPDATED
  }

  private static final String LABELS =
      "(posted|published|first published|originally published|created|written|date"
          + "|veröffentlicht|erstellt|geschrieben|gepostet|publiziert|erschienen|datum"
          + "|publié|publicado|pubblicato|opublikowano|입력|등록"
          + "|updated|last updated|modified|last modified|aktualisiert|zuletzt aktualisiert|geändert|stand"
          + "|mis à jour|actualizado|aggiornato|수정|업데이트)(?!\\p{L})";

  private static final Pattern LABEL = Pattern.compile(
      "^\\s*" + LABELS + "\\s*(?:on|at|am|le|el|em|il|:)?\\s*:?\\s*(.*)$",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern ANY_LABEL = Pattern.compile(
      "(?<!\\p{L})" + LABELS, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  private static final Pattern UPDATED_LABEL = Pattern.compile(
      "updat|modif|aktualis|geändert|stand|mis à jour|actualiz|aggiorn|수정|업데이트",
      Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

  /** Lines longer than this are prose that happens to contain a date, not a date line. */
  private static final int MAX_LENGTH = 80;

  /**
   * Whether {@code text} holds one of the labels anywhere: a cheap test that lets a caller scanning
   * a whole page try {@link #parse} only around the text that could open a date line.
   */
  public static boolean hasLabel(String text) {
    return ANY_LABEL.matcher(text).find();
  }

  public static Optional<VisibleDateLine> parse(String line) {
    String text = Whitespace.normalize(line);
    if (text.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    Matcher m = LABEL.matcher(text);
    if (!m.matches()) {
      return Optional.empty();
    }
    String label = m.group(1).toLowerCase(java.util.Locale.ROOT);
    Which which = UPDATED_LABEL.matcher(label).find() ? Which.UPDATED : Which.PUBLISHED;
    return DateText.find(stripTrailingPunctuation(m.group(2)), DateOrigin.VISIBLE_LINE)
        .map(d -> new VisibleDateLine(which, withEvidence(d, text)));
  }

  private static DateStamp withEvidence(DateStamp d, String evidence) {
    return new DateStamp(d.local(), d.offset(), d.zone(), d.precision(), d.from(), d.zoneFrom(), evidence);
  }

  private static String stripTrailingPunctuation(String s) {
    return s.replaceAll("[\\s,;|·]+$", "");
  }
}
