package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The body as the page itself names it (itemprop=articleBody, "article-body", "entry-content"
 * ...). Of several, the one holding the most prose; an inner one holding nearly all of it is
 * preferred, being tighter. Other named bodies sharing its tag and class are taken too, for
 * bodies split into several containers around advertisements.
 */
final class KnownBody {
  private static final double INNER_SHARE = 0.8;
  private static final int MIN_CHARS = 200;

  private KnownBody() {}

  static List<Element> choose(BlockWalk walk) {
    Element best = null;
    int bestChars = 0;
    for (Element e : walk.knownBodies()) {
      int chars = walk.text(e).plainChars();
      if (chars > bestChars) {
        best = e;
        bestChars = chars;
      }
    }
    if (best == null || bestChars < MIN_CHARS) {
      return List.of();
    }
    Element tightest = best;
    for (Element e : walk.knownBodies()) {
      if (e != best && walk.text(e).plainChars() >= INNER_SHARE * bestChars && isInside(e, tightest)) {
        tightest = e;
      }
    }
    return withTwins(walk, tightest);
  }

  private static boolean isInside(Element e, Element ancestor) {
    for (Element p = e.parent(); p != null; p = p.parent()) {
      if (p == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** The body and every other named body of the same tag and class, outermost ones only. */
  private static List<Element> withTwins(BlockWalk walk, Element body) {
    String className = body.className();
    if (className.isEmpty()) {
      return List.of(body);
    }
    List<Element> twins = new ArrayList<>();
    for (Element e : walk.knownBodies()) {
      boolean twin = e == body
          || (e.normalName().equals(body.normalName()) && e.className().equals(className) && walk.text(e).chars() > 0);
      if (twin && (twins.isEmpty() || !isInside(e, twins.get(twins.size() - 1)))) {
        twins.add(e);
      }
    }
    return twins;
  }
}
