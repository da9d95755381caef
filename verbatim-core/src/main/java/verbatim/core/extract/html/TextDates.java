package verbatim.core.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * Unlabelled dates in the page text, the last sources: a date printed just below (or just above)
 * the headline, where pages without any date markup put it, and failing that the first date in a
 * short block, outside navigation, footers and comments if there is one there. The evidence says
 * which, so a reader of the record knows these are guesses.
 */
final class TextDates {
  private TextDates() {}

  private static final int SHORT = 100;
  private static final int DATELINE = 24;
  private static final int AFTER_HEADLINE = 1000;
  private static final int BEFORE_HEADLINE = 250;

  /** Lines that date something else: a later change, a range of days (an event), the current time. */
  private static final Pattern NOT_PUBLISHED = Pattern.compile(
      "(?iu)modifi|updated|aktualisiert|änderung|geändert|mis à jour|aktuelle zeit|current time"
          + "|\\d\\.?\\s*(?:bis|to|until|au|–|-)\\s*\\d{1,2}\\.\\s*\\p{L}");

  static Optional<DateStamp> nearHeadline(Document page, PageText text) {
    Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline], h1");
    if (h1 == null) {
      return Optional.empty();
    }
    List<PageText.Piece> pieces = text.pieces();
    int at = firstInside(pieces, h1);
    if (at < 0) {
      return Optional.empty();
    }
    int origin = pieces.get(at).offset();
    for (int i = at; i < pieces.size() && pieces.get(i).offset() - origin <= AFTER_HEADLINE; i++) {
      Optional<DateStamp> d = read(pieces.get(i), text, "after headline");
      if (d.isPresent()) {
        return d;
      }
    }
    for (int i = at - 1; i >= 0 && origin - pieces.get(i).offset() <= BEFORE_HEADLINE; i--) {
      Optional<DateStamp> d = read(pieces.get(i), text, "before headline");
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first date in a short block, outside site chrome unless {@code anywhere}. */
  static Optional<DateStamp> firstInText(PageText text, boolean anywhere) {
    for (PageText.Piece p : text.pieces()) {
      if (anywhere || !text.inChrome(p.node().parent())) {
        Optional<DateStamp> d = read(p, text, anywhere ? "first date in page (guess)" : "first date in text (guess)");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DateStamp> read(PageText.Piece p, PageText index, String why) {
    String own = p.node().text();
    if (!hasDigit(own)) {
      return Optional.empty();
    }
    Element parent = p.node().parent();
    String text = own.length() <= SHORT && parent != null && index.text(parent).length() <= SHORT
        ? index.text(parent) : own;
    if (text.length() > SHORT * 3) {
      // a dateline opening a paragraph: "01.02.2022 – Der Arbeitsmarkt …"
      text = own.strip().substring(0, Math.min(DATELINE, own.strip().length()));
    }
    if (NOT_PUBLISHED.matcher(text).find()) {
      return Optional.empty();
    }
    return Dates.plausible(DateText.find(text, DateOrigin.VISIBLE_LINE))
        .map(s -> Dates.withEvidence(s, why + ": " + s.evidence()));
  }

  private static int firstInside(List<PageText.Piece> pieces, Element container) {
    for (int i = 0; i < pieces.size(); i++) {
      for (Node n = pieces.get(i).node(); n != null; n = n.parent()) {
        if (n == container) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean hasDigit(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (Character.isDigit(s.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
