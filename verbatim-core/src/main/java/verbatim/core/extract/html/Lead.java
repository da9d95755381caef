package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An article's lead (standfirst, "intro", "chapo"): pages often print it just before the named
 * body container, outside it, though it is the article's first paragraph. Taken when it is named
 * so, comes before the body, shares a near ancestor with it and reads as text, not links.
 */
final class Lead {
  /**
   * How far above the body the lead and the body may meet: an article's header sits beside a body
   * wrapped in several grid columns.
   */
  private static final int MAX_LEVELS = 6;
  private static final int MIN_CHARS = 20;
  private static final int MAX_CHARS = 1500;
  private static final double MAX_LINK_DENSITY = 0.3;

  private Lead() {}

  /** The roots with the lead put first when one is found, else the roots unchanged. */
  static List<Element> prepend(BlockWalk walk, List<Element> roots) {
    if (roots.isEmpty()) {
      return roots;
    }
    Element first = roots.get(0);
    Element lead = null;
    for (Element candidate : walk.leads()) {
      ElementText t = walk.text(candidate);
      if (t.chars() >= MIN_CHARS && t.chars() <= MAX_CHARS && t.linkDensity() <= MAX_LINK_DENSITY
          && meetsNear(candidate, first) && isBefore(candidate, first) && outside(candidate, roots)) {
        lead = candidate; // the last one before the body is the nearest
      }
    }
    if (lead == null) {
      return roots;
    }
    List<Element> out = new ArrayList<>(roots.size() + 1);
    out.add(lead);
    out.addAll(roots);
    return out;
  }

  private static boolean outside(Element e, List<Element> roots) {
    for (Element root : roots) {
      if (e == root || isAncestor(root, e) || isAncestor(e, root)) {
        return false;
      }
    }
    return true;
  }

  private static boolean meetsNear(Element lead, Element body) {
    Element ancestor = body.parent();
    for (int level = 0; level < MAX_LEVELS && ancestor != null; level++, ancestor = ancestor.parent()) {
      if (isAncestor(ancestor, lead)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isAncestor(Element ancestor, Element e) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** Document order of two elements, neither inside the other: compare below their meeting point. */
  private static boolean isBefore(Element a, Element b) {
    List<Element> pathA = pathFromRoot(a);
    List<Element> pathB = pathFromRoot(b);
    int i = 0;
    while (i < pathA.size() && i < pathB.size() && pathA.get(i) == pathB.get(i)) {
      i++;
    }
    if (i == pathA.size() || i == pathB.size()) {
      return false;
    }
    return pathA.get(i).siblingIndex() < pathB.get(i).siblingIndex();
  }

  private static List<Element> pathFromRoot(Element e) {
    List<Element> path = new ArrayList<>();
    for (Element p = e; p != null; p = p.parent()) {
      path.add(p);
    }
    java.util.Collections.reverse(path);
    return path;
  }
}
