package verbatim.core.nlp;

import java.util.Objects;
import verbatim.core.model.Span;

/**
 * One token of the text.
 *
 * @param span where it is in the text
 * @param text the token as written
 * @param tag its part-of-speech tag when the engine gives one (Penn Treebank), else {@code null}
 */
public record Token(Span span, String text, String tag) {
  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }
}
