package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * Unlabelled dates in the page text, the last sources: a date printed just below (or just above)
 * the headline, where pages without any date markup put it, and failing that the first date in a
 * short block outside navigation, footers and comments. The evidence says which, so a reader of
 * the record knows the second is a guess.
 */
final class TextDates {
  private TextDates() {}

  private static final int SHORT = 100;
  private static final int AFTER_HEADLINE = 1000;
  private static final int BEFORE_HEADLINE = 250;
  private static final Pattern CHROME = Pattern.compile(
      "(?i)comment|footer|sidebar|widget|related|teaser|nav|menu|breadcrumb|cookie|share|social|archive|calendar|tagcloud");

  /** A text node and its text offset from the start of the body. */
  private record Piece(TextNode node, int offset) {}

  static Optional<DateStamp> nearHeadline(Document page) {
    Element h1 = page.selectFirst("article h1, main h1, [itemprop=headline], h1");
    if (h1 == null || page.body() == null) {
      return Optional.empty();
    }
    List<Piece> pieces = pieces(page.body());
    int at = firstInside(pieces, h1);
    if (at < 0) {
      return Optional.empty();
    }
    int origin = pieces.get(at).offset();
    for (int i = at; i < pieces.size() && pieces.get(i).offset() - origin <= AFTER_HEADLINE; i++) {
      Optional<DateStamp> d = read(pieces.get(i), "after headline");
      if (d.isPresent()) {
        return d;
      }
    }
    for (int i = at - 1; i >= 0 && origin - pieces.get(i).offset() <= BEFORE_HEADLINE; i--) {
      Optional<DateStamp> d = read(pieces.get(i), "before headline");
      if (d.isPresent()) {
        return d;
      }
    }
    return Optional.empty();
  }

  /** The first date in a short block that is not site chrome; a guess, and said to be one. */
  static Optional<DateStamp> firstInText(Document page) {
    if (page.body() == null) {
      return Optional.empty();
    }
    for (Piece p : pieces(page.body())) {
      if (!inChrome(p.node())) {
        Optional<DateStamp> d = read(p, "first date in page text (guess)");
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static Optional<DateStamp> read(Piece p, String why) {
    String own = p.node().text();
    if (!hasDigit(own)) {
      return Optional.empty();
    }
    Element parent = p.node().parent() instanceof Element e ? e : null;
    String text = parent != null && parent.text().length() <= SHORT ? parent.text() : own;
    if (text.length() > SHORT * 3) {
      return Optional.empty();
    }
    return Dates.plausible(DateText.find(text, DateOrigin.VISIBLE_LINE))
        .map(s -> Dates.withEvidence(s, why + ": " + s.evidence()));
  }

  private static boolean inChrome(Node node) {
    for (Node n = node.parent(); n instanceof Element e; n = n.parent()) {
      String tag = e.tagName();
      if (tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
          || CHROME.matcher(e.className() + " " + e.id()).find()) {
        return true;
      }
    }
    return false;
  }

  private static int firstInside(List<Piece> pieces, Element container) {
    for (int i = 0; i < pieces.size(); i++) {
      for (Node n = pieces.get(i).node(); n != null; n = n.parent()) {
        if (n == container) {
          return i;
        }
      }
    }
    return -1;
  }

  /** The body's visible text nodes in document order (scripts and styles left out). */
  private static List<Piece> pieces(Element body) {
    List<Piece> out = new ArrayList<>();
    int[] offset = {0};
    body.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element parent
            && !parent.tagName().equals("script") && !parent.tagName().equals("style")) {
          out.add(new Piece(t, offset[0]));
          offset[0] += t.text().length();
        }
      }
    });
    return out;
  }

  private static boolean hasDigit(String s) {
    return s.chars().anyMatch(Character::isDigit);
  }
}
