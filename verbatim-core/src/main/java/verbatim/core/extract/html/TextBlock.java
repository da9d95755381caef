package verbatim.core.extract.html;

import java.util.Objects;
import org.jsoup.nodes.Element;

/**
 * A run of text between two block boundaries: a paragraph, heading, list item, or the loose text
 * of a division. Internal to one extraction; the element is that page's own node.
 *
 * @param text the text, whitespace collapsed
 * @param container the nearest enclosing block element
 * @param chars non-whitespace characters in {@code text}
 * @param linkChars non-whitespace characters inside links
 * @param commas commas, a sign of prose (readability's heuristic)
 */
record TextBlock(String text, Element container, int chars, int linkChars, int commas) {
  TextBlock {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(container, "container");
  }

  double linkDensity() {
    return chars == 0 ? 0 : (double) linkChars / chars;
  }

  boolean isHeading() {
    String tag = container.normalName();
    return tag.length() == 2 && tag.charAt(0) == 'h' && tag.charAt(1) >= '1' && tag.charAt(1) <= '6';
  }

  boolean isListItem() {
    String tag = container.normalName();
    return tag.equals("li") || tag.equals("dd") || tag.equals("dt");
  }
}
