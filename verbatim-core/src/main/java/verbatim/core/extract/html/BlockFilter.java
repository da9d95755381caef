package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;

/**
 * Which blocks of a chosen body are article text: not link lists, not stock phrases such as
 * "Advertisement" or "Read more", not headings left without text of their own ("Related
 * stories" over a dropped link list). A stricter rule serves when no body was found and every
 * block of the page is a candidate: then only prose-like blocks pass.
 */
final class BlockFilter {
  private static final double MAX_LINK_DENSITY = 0.5;
  private static final double MAX_PROSE_LINK_DENSITY = 0.3;
  private static final int PROSE_CHARS = 60;
  private static final int MAX_DATE_LINE_CHARS = 30;
  private static final int MAX_DATE_LINE_WORDS = 5;

  private final ContentPatterns patterns;

  BlockFilter(ContentPatterns patterns) {
    this.patterns = patterns;
  }

  List<String> keep(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.linkDensity() <= MAX_LINK_DENSITY && !patterns.isFurniturePhrase(b.text())
          && !b.container().normalName().equals("h1") && !isDateLine(b)) {
        kept.add(b);
      }
    }
    return texts(withoutEmptyHeadings(kept));
  }

  /**
   * A line that only says when ("03.04.2020", "Updated: 10 Feb 2025 07:24") is the article's
   * metadata printed beside it, not its text.
   */
  private static boolean isDateLine(TextBlock b) {
    if (b.chars() > MAX_DATE_LINE_CHARS || words(b.text()) > MAX_DATE_LINE_WORDS) {
      return false;
    }
    return DateText.find(b.text(), DateOrigin.VISIBLE_LINE).isPresent();
  }

  /** Words of a whitespace-normalized text. */
  private static int words(String text) {
    int spaces = 0;
    for (int i = 0; i < text.length(); i++) {
      if (text.charAt(i) == ' ') {
        spaces++;
      }
    }
    return spaces + 1;
  }

  List<String> keepProse(List<TextBlock> blocks) {
    List<TextBlock> kept = new ArrayList<>();
    for (TextBlock b : blocks) {
      if (b.chars() >= PROSE_CHARS && b.linkDensity() <= MAX_PROSE_LINK_DENSITY) {
        kept.add(b);
      }
    }
    return texts(kept);
  }

  /**
   * A heading directly followed by a heading of its rank or above, or by nothing, heads no text;
   * one followed by a lower-ranked heading heads a subsection. A heading as long as a paragraph is
   * text set large (a standfirst, a pull quote), kept wherever it stands.
   */
  private static List<TextBlock> withoutEmptyHeadings(List<TextBlock> kept) {
    List<TextBlock> out = new ArrayList<>(kept.size());
    for (int i = 0; i < kept.size(); i++) {
      TextBlock b = kept.get(i);
      if (!b.isHeading() || b.chars() >= BlockWalk.PARAGRAPH_CHARS || headsSomething(kept, i)) {
        out.add(b);
      }
    }
    return out;
  }

  private static boolean headsSomething(List<TextBlock> kept, int heading) {
    if (heading + 1 == kept.size()) {
      return false;
    }
    TextBlock next = kept.get(heading + 1);
    return !next.isHeading() || rank(next) > rank(kept.get(heading));
  }

  /** 1 for h1 up to 6 for h6; only called on headings. */
  private static int rank(TextBlock heading) {
    return heading.container().normalName().charAt(1) - '0';
  }

  private static List<String> texts(List<TextBlock> blocks) {
    List<String> out = new ArrayList<>(blocks.size());
    for (TextBlock b : blocks) {
      out.add(b.text());
    }
    return out;
  }
}
