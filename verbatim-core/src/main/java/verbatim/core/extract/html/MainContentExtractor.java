package verbatim.core.extract.html;

import java.util.List;
import org.jsoup.nodes.Document;

/**
 * Finds the article body in a parsed page: the paragraphs a reader would call the article, in
 * reading order, without navigation, teasers, comments, share bars or bylines.
 */
public interface MainContentExtractor {
  /** The body's paragraphs (headings and list items count as paragraphs); empty if none is found. */
  List<String> paragraphs(Document page);
}
