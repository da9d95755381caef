package verbatim.index;

import java.util.List;
import verbatim.core.model.DocumentKind;

/**
 * A document found.
 *
 * @param published ISO-8601 as the page gave it, or {@code null}
 * @param version its version among the documents at its URL (1 for the first)
 * @param original the earliest published near-duplicate of it when that is another document, else {@code null}
 * @param snippets passages of the text where it matched, best first
 */
public record SearchHit(
    String id,
    String title,
    String url,
    String source,
    DocumentKind kind,
    String language,
    String published,
    int version,
    String original,
    float score,
    List<Snippet> snippets) {
  public SearchHit {
    snippets = List.copyOf(snippets);
  }
}
