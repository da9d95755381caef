package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;

/**
 * Which blocks of a chosen body are article text: not link lists, not stock phrases such as
 * "Advertisement" or "Read more". A stricter rule serves when no body was found and every block
 * of the page is a candidate: then only prose-like blocks pass.
 */
final class BlockFilter {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_PROSE_LINK_DENSITY = 0.3;
  private static final int PROSE_CHARS = 60;

  private final ContentPatterns patterns;

  BlockFilter(ContentPatterns patterns) {
    this.patterns = patterns;
  }

  List<String> keep(List<TextBlock> blocks) {
    List<String> out = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.linkDensity() <= MAX_LINK_DENSITY && !patterns.isFurniturePhrase(b.text())) {
        out.add(b.text());
      }
    }
    return out;
  }

  List<String> keepProse(List<TextBlock> blocks) {
    List<String> out = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.chars() >= PROSE_CHARS && b.linkDensity() <= MAX_PROSE_LINK_DENSITY) {
        out.add(b.text());
      }
    }
    return out;
  }
}
