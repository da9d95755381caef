package verbatim.core.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import org.jsoup.select.NodeTraversor;
import verbatim.core.extract.Whitespace;

/**
 * Decides which elements are furniture to skip with their whole subtree: non-prose tags, hidden
 * elements, landmark roles other than the main one, furniture tags (nav, aside, footer ...) and
 * class/id names of furniture. A furniture role, tag or name is overruled when the element holds half
 * of the page's text or wraps its main element: then it is a layout wrapper, and pruning it would
 * lose the whole article. The page's outer elements and declared article bodies are never
 * skipped on their name alone.
 */
final class Pruning {
  private static final double NAME_GUARD = 0.5;

  private final ContentPatterns patterns;

  Pruning(ContentPatterns patterns) {
    this.patterns = patterns;
  }

  /**
   * @param pageChars the page's text size: a furniture name on an element holding at least half of
   *     it is a naming accident (a layout wrapper called "page-ad-margins"), not furniture
   */
  boolean prunes(Element e, int pageChars) {
    String tag = e.normalName();
    if (patterns.prunedTags().contains(tag)) {
      return true;
    }
    boolean named = e.attributesSize() > 0;
    if (named && isHidden(e)) {
      return true;
    }
    if (named && isFurnitureRole(e.attr("role"))) {
      // a "banner" header wrapping the whole page (unclosed markup) is a layout wrapper too
      return chars(e) < NAME_GUARD * pageChars;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")
        || (named && "articleBody".equals(e.attr("itemprop")))) {
      return false;
    }
    if (patterns.furnitureTags().contains(tag)) {
      // an article's own header holds its title and lead, not the site's banner
      boolean articleHeader = tag.equals("header") && isInsideArticle(e);
      return !articleHeader && chars(e) < NAME_GUARD * pageChars;
    }
    return named && patterns.isFurniture(e) && chars(e) < NAME_GUARD * pageChars && !holdsMainContent(e);
  }

  /**
   * Non-whitespace characters of the element's text outside links, pruned parts included: what a
   * page holds besides menus and link lists, so that a large menu does not make the wrapper of
   * the article look small.
   */
  static int chars(Element e) {
    int[] count = {0};
    int[] linkDepth = {0};
    NodeTraversor.traverse(new NodeVisitor() {
      @Override
      public void head(Node node, int depth) {
        if (node instanceof TextNode t) {
          count[0] += linkDepth[0] > 0 ? 0 : nonSpace(t.getWholeText());
        } else if (node instanceof Element el && el.normalName().equals("a")) {
          linkDepth[0]++;
        }
      }

      @Override
      public void tail(Node node, int depth) {
        if (node instanceof Element el && el.normalName().equals("a")) {
          linkDepth[0]--;
        }
      }
    }, e);
    return count[0];
  }

  static int nonSpace(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (!Whitespace.isSpace(c) && !Whitespace.isInvisible(c)) {
        n++;
      }
    }
    return n;
  }

  /**
   * A layout wrapper named for what sits beside the article ("container sidebar-right") holds
   * the page's declared main element or article body, which furniture never does.
   */
  private static boolean holdsMainContent(Element e) {
    return e.selectFirst("main, [itemprop=articleBody]") != null;
  }

  private static boolean isInsideArticle(Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p.normalName().equals("article") || p.normalName().equals("main")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isHidden(Element e) {
    if (e.hasAttr("hidden") || "true".equals(e.attr("aria-hidden"))) {
      return true;
    }
    String style = e.attr("style");
    if (style.isEmpty()) {
      return false;
    }
    String compact = style.toLowerCase(Locale.ROOT).replace(" ", "");
    return compact.contains("display:none") || compact.contains("visibility:hidden");
  }

  private static boolean isFurnitureRole(String role) {
    return switch (role) {
      case "navigation", "complementary", "banner", "contentinfo", "dialog", "alertdialog", "search", "menu",
          "menubar", "toolbar" -> true;
      default -> false;
    };
  }
}
