package verbatim.core.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Decides which elements are furniture to skip with their whole subtree: non-prose tags, hidden
 * elements, landmark roles other than the main one, and class/id names of furniture. The page's
 * outer elements and declared article bodies are never skipped on their name alone, since one
 * stray "share-enabled" class on them would otherwise lose the whole article.
 */
final class Pruning {
  private final ContentPatterns patterns;

  Pruning(ContentPatterns patterns) {
    this.patterns = patterns;
  }

  boolean prunes(Element e) {
    String tag = e.normalName();
    if (patterns.prunedTags().contains(tag)) {
      return true;
    }
    if (e.attributesSize() == 0) {
      return false;
    }
    if (isHidden(e) || isFurnitureRole(e.attr("role"))) {
      return true;
    }
    if (tag.equals("body") || tag.equals("html") || tag.equals("main")
        || "articleBody".equals(e.attr("itemprop"))) {
      return false;
    }
    return patterns.isFurniture(e);
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
