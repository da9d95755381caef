package verbatim.core.diff;

import java.util.Objects;
import verbatim.core.model.Span;

/**
 * A sentence of one version.
 *
 * @param index its place among that version's sentences, from 0
 * @param paragraph the index of the paragraph it is in
 * @param span where it is in that version's text
 * @param text the sentence as written
 */
public record DiffSentence(int index, int paragraph, Span span, String text) {
  public DiffSentence {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (index < 0 || paragraph < 0) {
      throw new IllegalArgumentException("index " + index + " and paragraph " + paragraph + " must be 0 or more");
    }
    if (text.length() != span.length()) {
      throw new IllegalArgumentException("text of " + text.length() + " characters for span " + span);
    }
  }

  /** The text of {@code part}, a span of the document inside this sentence. */
  public String textOf(Span part) {
    if (part.begin() < span.begin() || part.end() > span.end()) {
      throw new IllegalArgumentException(part + " is not inside sentence " + span);
    }
    return text.substring(part.begin() - span.begin(), part.end() - span.begin());
  }
}
