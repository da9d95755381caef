package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Readability's way of finding the body when the page does not name it: every prose block gives
 * points (one, plus its commas, plus up to three for length) to its container, half to the
 * container's parent and a sixth to the grandparent; an element's total is then discounted by its
 * link density. The best element wins, joined by siblings that score nearly as well or read as
 * prose themselves.
 */
final class CandidateScorer {
  private static final double SIBLING_SHARE = 0.2;
  private static final double SIBLING_FLOOR = 10;
  /** Commas counted per block at most: a comma-separated list of names is not ten paragraphs. */
  private static final int MAX_COMMAS = 10;
  /** Climb to the parent when it holds at least this much more prose than the candidate. */
  private static final double CLIMB_GAIN = 0.1;
  private static final double CLIMB_MAX_LINK_DENSITY = 0.3;
  /**
   * ... and when what it adds is prose at least in part: a section of steps, facts or a table
   * beside a paragraph belongs to the article, a block of labels and teasers does not.
   */
  private static final double CLIMB_PROSE_SHARE = 0.35;

  private final ContentPatterns patterns;

  CandidateScorer(ContentPatterns patterns) {
    this.patterns = patterns;
  }

  /** The body's top-level elements in document order; empty when no block reads as prose. */
  List<Element> choose(BlockWalk walk) {
    Map<Element, Double> scores = score(walk);
    Element top = null;
    double best = 0;
    for (Map.Entry<Element, Double> e : scores.entrySet()) {
      double s = finalScore(walk, e.getKey(), e.getValue());
      if (s > best) {
        best = s;
        top = e.getKey();
      }
    }
    if (top == null) {
      return List.of();
    }
    Element body = climb(walk, top);
    if (body != top) {
      return List.of(body);
    }
    return withSiblings(walk, scores, top, best);
  }

  /**
   * From the best-scoring element up to the ancestor that holds the body's prose: an article split
   * into several sections scores best in one of them, while the prose lies in all of them. The
   * climb stops where a parent adds little prose or mostly links.
   */
  private static Element climb(BlockWalk walk, Element top) {
    Element current = top;
    for (Element parent = top.parent(); parent != null; parent = parent.parent()) {
      ElementText here = walk.text(current);
      ElementText there = walk.text(parent);
      if (there.linkDensity() > Math.max(CLIMB_MAX_LINK_DENSITY, here.linkDensity())) {
        break;
      }
      int addedChars = there.chars() - here.chars();
      int addedProse = there.proseChars() - here.proseChars();
      if (addedProse >= here.proseChars() * CLIMB_GAIN && addedProse >= CLIMB_PROSE_SHARE * addedChars) {
        current = parent;
      }
    }
    return current;
  }

  private Map<Element, Double> score(BlockWalk walk) {
    Map<Element, Double> scores = new IdentityHashMap<>();
    for (TextBlock block : walk.blocks()) {
      if (block.chars() < BlockWalk.PROSE_CHARS || block.isHeading()) {
        continue;
      }
      double points = 1 + Math.min(block.commas(), MAX_COMMAS) + Math.min(block.chars() / 100.0, 3);
      Element level0 = isSection(block.container()) ? block.container() : block.container().parent();
      Element level1 = level0 == null ? null : level0.parent();
      Element level2 = level1 == null ? null : level1.parent();
      add(scores, level0, points);
      add(scores, level1, points / 2);
      add(scores, level2, points / 6);
    }
    return scores;
  }

  private void add(Map<Element, Double> scores, Element e, double points) {
    if (e == null) {
      return;
    }
    scores.merge(e, initial(e) + points, (old, ignored) -> old + points);
  }

  /** Readability's prior: divisions are likely bodies, lists and headings are not. */
  private double initial(Element e) {
    double prior = switch (e.normalName()) {
      case "div", "article", "section", "main" -> 5;
      case "pre", "td", "blockquote" -> 3;
      case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
      case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
      default -> 0;
    };
    return patterns.isContent(e) || patterns.isKnownBody(e) ? prior + 25 : prior;
  }

  private static double finalScore(BlockWalk walk, Element e, double score) {
    return score * (1 - walk.text(e).linkDensity());
  }

  /** Generic sections score themselves for their loose text, as readability does after wrapping. */
  private static boolean isSection(Element e) {
    return switch (e.normalName()) {
      case "div", "section", "article", "main", "td", "body" -> true;
      default -> false;
    };
  }

  private List<Element> withSiblings(BlockWalk walk, Map<Element, Double> scores, Element top, double best) {
    Element parent = top.parent();
    if (parent == null) {
      return List.of(top);
    }
    double threshold = Math.max(SIBLING_FLOOR, best * SIBLING_SHARE);
    List<Element> chosen = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top || readsAsProse(walk, sibling)) {
        chosen.add(sibling);
        continue;
      }
      Double s = scores.get(sibling);
      if (s != null && finalScore(walk, sibling, s) >= threshold) {
        chosen.add(sibling);
      }
    }
    return chosen;
  }

  private static boolean readsAsProse(BlockWalk walk, Element sibling) {
    if (!sibling.normalName().equals("p")) {
      return false;
    }
    ElementText t = walk.text(sibling);
    if (t.chars() > 80) {
      return t.linkDensity() < 0.25;
    }
    return t.chars() > 0 && t.linkChars() == 0 && sibling.text().contains(". ");
  }
}
