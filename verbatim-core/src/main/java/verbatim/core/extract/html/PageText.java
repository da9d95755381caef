package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;

/**
 * The visible text of one page, indexed once for the date sources that scan it: the text nodes in
 * document order with their offsets, and each element's text and "is site chrome" answer computed
 * at most once. Asking an element for its text is linear in its size, and the scans ask about the
 * same few ancestors again and again. One instance serves one read of one page; not shared.
 */
final class PageText {
  /** A text node and its text offset from the start of the body. */
  record Piece(TextNode node, int offset) {}

  /** Class or id words of site chrome, matched as whole words so that "canvas" is not "nav". */
  private static final Pattern CHROME = Pattern.compile(
      "(?i)(^|[\\s_-])(comments?|kommentare?|footer|sidebar|widgets?|related|nav|navbar|navigation|menu"
          + "|breadcrumbs?|cookies?|share|social|calendar|tagcloud|archives?)($|[\\s_-])");

  private final List<Piece> pieces;
  private final Map<Element, String> texts = new IdentityHashMap<>();
  private final Map<Element, Boolean> chrome = new IdentityHashMap<>();

  private PageText(List<Piece> pieces) {
    this.pieces = List.copyOf(pieces);
  }

  static PageText of(Document page) {
    List<Piece> out = new ArrayList<>();
    if (page.body() != null) {
      int[] offset = {0};
      page.body().traverse(new NodeVisitor() {
        @Override
        public void head(Node node, int depth) {
          if (node instanceof TextNode t && !t.isBlank() && node.parent() instanceof Element parent
              && !parent.tagName().equals("script") && !parent.tagName().equals("style")) {
            out.add(new Piece(t, offset[0]));
            offset[0] += t.text().length();
          }
        }
      });
    }
    return new PageText(out);
  }

  /** The index of {@code page}, built on first use: most pages are dated before any text is scanned. */
  static Supplier<PageText> lazy(Document page) {
    PageText[] built = new PageText[1];
    return () -> {
      if (built[0] == null) {
        built[0] = of(page);
      }
      return built[0];
    };
  }

  List<Piece> pieces() {
    return pieces;
  }

  /** {@code e.text()}, computed once. */
  String text(Element e) {
    return texts.computeIfAbsent(e, Element::text);
  }

  /**
   * Whether {@code e} sits in navigation, a footer, a sidebar, comments or a share bar. The body
   * and html elements are not asked: they carry page-wide classes ("right-sidebar",
   * "nav-below-header") that say nothing of the element.
   */
  boolean inChrome(Element e) {
    if (e == null || e.tagName().equals("body") || e.tagName().equals("html")) {
      return false;
    }
    Boolean known = chrome.get(e);
    if (known == null) {
      String tag = e.tagName();
      known = tag.equals("nav") || tag.equals("footer") || tag.equals("aside")
          || CHROME.matcher(e.className() + " " + e.id()).find() || inChrome(e.parent());
      chrome.put(e, known);
    }
    return known;
  }
}
