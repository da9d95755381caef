package verbatim.core.nlp;

import java.util.List;
import java.util.Objects;
import verbatim.core.model.Span;

/** One sentence: its span in the text and its tokens, in order. */
public record Sentence(Span span, List<Token> tokens) {
  public Sentence {
    Objects.requireNonNull(span, "span");
    tokens = List.copyOf(tokens);
  }
}
