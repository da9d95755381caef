package verbatim.core.diff;

import java.util.List;
import java.util.Objects;
import verbatim.core.model.Span;

/**
 * A phrase one version has and the other has nowhere: "complete denuclearization".
 *
 * @param text as first written, white space made single spaces
 * @param normalized the key it was told apart by: lower case, one kind of apostrophe and quote
 * @param spans where it was changed, in its own version's text, in order
 */
public record Phrase(String text, String normalized, List<Span> spans) {
  public Phrase {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(normalized, "normalized");
    spans = List.copyOf(spans);
    if (spans.isEmpty()) {
      throw new IllegalArgumentException("a phrase is somewhere: no spans for \"" + text + "\"");
    }
  }
}
