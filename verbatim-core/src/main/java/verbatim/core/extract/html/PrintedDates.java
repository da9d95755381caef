package verbatim.core.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import verbatim.core.extract.DateText;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * Dates in the page's markup and text: {@code <time>} and microdata elements, labelled lines
 * ("Posted …", "Aktualisiert am …"), and short elements whose class says they hold a date.
 */
final class PrintedDates {
  private PrintedDates() {}

  /** A date line is short; a longer block is prose that happens to contain a date. */
  private static final int SHORT = 100;

  private static final Pattern DATE_CLASS = Pattern.compile(
      "(?i)date|time|posted|publi|datum|meta|byline|created|entry-|post-info|postinfo|submitted|article-info|dateline");
  private static final Pattern UPDATED_CLASS = Pattern.compile("(?i)updat|modif|edited");

  /**
   * {@code <time>} or a microdata element that says it is the publication (or update) date, outside
   * site chrome: one in a related-articles list or a sidebar dates another article.
   */
  static Optional<DateStamp> markedUp(Document page, Supplier<PageText> text, boolean updated) {
    for (Element e : page.select("[itemprop], time, [title], [pubdate]")) {
      if (!e.tagName().equals("meta") && marked(e, updated) && !text.get().inChrome(e)) {
        Optional<DateStamp> d = readElement(e);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * Microdata ({@code itemprop=datePublished}), a {@code <time>} with a publishing class or the
   * old {@code pubdate} attribute, or an hAtom/hCalendar element with its date in {@code title}.
   */
  private static boolean marked(Element e, boolean updated) {
    String itemprop = e.attr("itemprop");
    String cls = e.className();
    boolean time = e.tagName().equals("time");
    if (updated) {
      return itemprop.equalsIgnoreCase("dateModified")
          || (time && UPDATED_CLASS.matcher(cls).find())
          || (e.hasAttr("title") && e.hasClass("updated"));
    }
    return itemprop.equalsIgnoreCase("datePublished") || itemprop.equalsIgnoreCase("dateCreated")
        || (time && (e.hasAttr("pubdate") || PUBLISHED_CLASS.matcher(cls).find()))
        || (e.hasAttr("title") && (e.hasClass("published") || e.hasClass("dtstart")));
  }

  private static final Pattern PUBLISHED_CLASS = Pattern.compile("(?i)pub");

  /** The first plain {@code <time>} outside site chrome, inside the article when the page marks one. */
  static Optional<DateStamp> firstTime(Document page, Supplier<PageText> text) {
    Elements scoped = page.select("article time, main time, [itemprop=articleBody] time");
    for (Elements times : List.of(scoped, page.select("time"))) {
      for (Element e : times) {
        if (UPDATED_CLASS.matcher(e.className()).find() || text.get().inChrome(e)) {
          continue;
        }
        Optional<DateStamp> d = readElement(e);
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DateStamp> readElement(Element e) {
    DateOrigin origin = e.tagName().equals("time") ? DateOrigin.TIME_ELEMENT : DateOrigin.META;
    String where = "<" + e.tagName() + describe(e) + ">";
    return readElement(e, origin, SHORT).map(s -> Dates.withEvidence(s, where + " " + s.evidence()));
  }

  /** A date in the element's datetime, content or title attribute, else in its text when that is short. */
  private static Optional<DateStamp> readElement(Element e, DateOrigin origin, int maxText) {
    for (String attr : new String[] {"datetime", "content", "title"}) {
      if (e.hasAttr(attr)) {
        Optional<DateStamp> d = Dates.plausible(DateText.find(e.attr(attr), origin));
        if (d.isPresent()) {
          return d.map(s -> Dates.withEvidence(s, attr + "=" + s.evidence()));
        }
      }
    }
    String text = e.text();
    if (text.length() > maxText) {
      return Optional.empty();
    }
    return Dates.plausible(DateText.find(text, origin));
  }

  private static String describe(Element e) {
    if (e.hasAttr("itemprop")) {
      return " itemprop=" + e.attr("itemprop");
    }
    return e.className().isEmpty() ? "" : " class=" + e.className();
  }

  /**
   * The first labelled line ("Posted …", "Updated …") that states the wanted date: from each text
   * node holding a label, the smallest short ancestor (up to three levels) that parses, so that
   * "Posted" in one span and the date in the next are read together.
   */
  static Optional<DateStamp> labelledLine(PageText text, VisibleDateLine.Which which) {
    for (PageText.Piece p : text.pieces()) {
      if (p.node().text().length() > SHORT || !VisibleDateLine.hasLabel(p.node().text())) {
        continue;
      }
      Element e = p.node().parent();
      for (int up = 0; up < 3 && e != null && text.text(e).length() <= SHORT; up++, e = e.parent()) {
        Optional<VisibleDateLine> line = VisibleDateLine.parse(text.text(e));
        if (line.isPresent() && Dates.plausible(line.get().date())) {
          if (line.get().which() == which) {
            return Optional.of(line.get().date());
          }
          break;
        }
      }
    }
    return Optional.empty();
  }

  /**
   * The first short element whose class, id or test id says "date", "posted", "meta"… and that
   * holds a date, found from the text nodes with a digit up through three ancestors; links
   * (teasers of other articles) and comments, footers, sidebars are passed over.
   */
  static Optional<DateStamp> dateClassed(PageText text) {
    for (PageText.Piece p : text.pieces()) {
      if (!hasDigit(p.node().text())) {
        continue;
      }
      Element e = p.node().parent();
      for (int up = 0; up < 3 && e != null && !e.tagName().equals("body"); up++, e = e.parent()) {
        String marks = e.className() + " " + e.id() + " " + e.attr("data-testid");
        if (marks.isBlank() || !DATE_CLASS.matcher(marks).find()) {
          continue;
        }
        if (UPDATED_CLASS.matcher(marks).find() || e.tagName().equals("a") || text.inChrome(e)
            || text.text(e).length() > SHORT) {
          break;
        }
        Optional<DateStamp> d = readElement(e, DateOrigin.VISIBLE_LINE, SHORT);
        if (d.isPresent()) {
          return d.map(s -> Dates.withEvidence(s, "class=\"" + marks.trim() + "\": " + s.evidence()));
        }
      }
    }
    return Optional.empty();
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
