package verbatim.core.model;

import java.util.Objects;

/** The words that mark speech as reported: "said", "told reporters", "according to". */
public record Cue(Span span, String text) {
  public Cue {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
  }
}
