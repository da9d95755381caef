package verbatim.index;

import java.util.List;
import java.util.Objects;
import verbatim.core.model.Span;

/**
 * A passage of a document's text where a search matched, for showing and for going back to it.
 *
 * @param span where the passage is in the document's text
 * @param matches where the matching words are, also as offsets into the document's text
 */
public record Snippet(Span span, String text, List<Span> matches) {
  public Snippet {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    matches = List.copyOf(matches);
  }
}
