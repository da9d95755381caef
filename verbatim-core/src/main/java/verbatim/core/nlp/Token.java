package verbatim.core.nlp;

import java.util.Objects;
import verbatim.core.model.Span;

/**
 * One token of the text, with what the engine's tagger and parser said of it when they ran.
 *
 * @param span where it is in the text
 * @param text the token as the engine normalised it
 * @param tag its part-of-speech tag (Penn Treebank), or {@code null} when not tagged
 * @param head the index in its sentence of the token it depends on, {@link #ROOT} for the root,
 *     {@link #UNPARSED} when not parsed
 * @param relation the Universal Dependencies relation to its head ("nsubj", "ccomp"), or {@code null}
 */
public record Token(Span span, String text, String tag, int head, String relation) {
  public static final int ROOT = -1;
  public static final int UNPARSED = -2;

  public Token {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    if (head < UNPARSED) {
      throw new IllegalArgumentException("head " + head);
    }
  }

  /** A token as a tokenizer alone gives it. */
  public Token(Span span, String text) {
    this(span, text, null, UNPARSED, null);
  }

  public int begin() {
    return span.begin();
  }

  public int end() {
    return span.end();
  }

  public boolean parsed() {
    return head != UNPARSED;
  }
}
