package verbatim.core.model;

import java.util.Objects;

/**
 * One place in the text that refers to an entity, and the rule that tied it to the entity
 * ("full name", "surname", "title + surname", "pronoun → nearest person").
 */
public record Mention(Span span, String text, String rule) {
  public Mention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(rule, "rule");
  }
}
