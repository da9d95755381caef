package verbatim.core.nlp;

import java.util.Objects;
import verbatim.core.model.EntityType;
import verbatim.core.model.Span;

/** A name the recognizer found: its span, its type and the text it covers. */
public record EntityMention(Span span, EntityType type, String text) {
  public EntityMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(text, "text");
  }
}
