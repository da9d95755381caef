package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;
import org.jsoup.select.NodeVisitor;
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

  /** {@code <time>} or a microdata element that says it is the publication (or update) date. */
  static Optional<DateStamp> markedUp(Document page, boolean updated) {
    String query = updated
        ? "[itemprop=dateModified], time.updated, .updated[title], time[class~=(?i)modif|updat]"
        : "[itemprop=datePublished], [itemprop=dateCreated], time[pubdate], time.published, time[class~=(?i)pub],"
            + " abbr.published[title], .published[title], .dtstart[title]";
    for (Element e : page.select(query)) {
      if (e.tagName().equals("meta")) {
        continue;
      }
      Optional<DateStamp> d = readElement(e);
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first plain {@code <time>}, inside the article when the page marks one. */
  static Optional<DateStamp> firstTime(Document page) {
    Elements scoped = page.select("article time, main time, [itemprop=articleBody] time");
    for (Elements times : List.of(scoped, page.select("time"))) {
      for (Element e : times) {
        if (UPDATED_CLASS.matcher(e.className()).find()) {
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

  /** The first labelled line ("Posted …", "Updated …") that states the wanted date. */
  static Optional<DateStamp> labelledLine(Document page, VisibleDateLine.Which which) {
    for (String block : shortBlocks(page)) {
      Optional<VisibleDateLine> line = VisibleDateLine.parse(block);
      if (line.isPresent() && line.get().which() == which && Dates.plausible(line.get().date())) {
        return Optional.of(line.get().date());
      }
    }
    return Optional.empty();
  }

  /** The first short element whose class, id or test id says "date", "posted", "meta"… and that holds one. */
  static Optional<DateStamp> dateClassed(Document page) {
    for (Element e : page.body() == null ? new Elements() : page.body().getAllElements()) {
      String marks = e.className() + " " + e.id() + " " + e.attr("data-testid");
      if (marks.isBlank() || !DATE_CLASS.matcher(marks).find() || UPDATED_CLASS.matcher(marks).find()) {
        continue;
      }
      Optional<DateStamp> d = readElement(e, DateOrigin.VISIBLE_LINE, SHORT * 2);
      if (d.isPresent()) {
        return d.map(s -> Dates.withEvidence(s, "class=\"" + marks.trim() + "\": " + s.evidence()));
      }
    }
    return Optional.empty();
  }

  /**
   * The texts of the short elements around each text node that holds a digit: the parent, and its
   * parent while still short, so "Posted" in one span and the date in the next are read together.
   */
  static List<String> shortBlocks(Document page) {
    Set<Element> seen = new LinkedHashSet<>();
    if (page.body() == null) {
      return List.of();
    }
    page.body().traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode text && hasDigit(text.getWholeText()) && node.parent() instanceof Element parent) {
          Element e = parent;
          for (int up = 0; up < 3 && e != null && e.text().length() <= SHORT; up++) {
            seen.add(e);
            e = e.parent();
          }
        }
      }
    });
    List<String> out = new ArrayList<>();
    seen.forEach(e -> out.add(e.text()));
    return out;
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
