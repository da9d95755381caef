package verbatim.core.model;

import java.util.Objects;

/**
 * A date expression in the text, resolved against the document's published date.
 *
 * @param value ISO-8601 at the precision the text gives: "2025-02-07", "2024-04", "2024"
 * @param rule how it was resolved ("weekday → the last one before the published date")
 */
public record DateMention(Span span, String text, String value, String rule) {
  public DateMention {
    Objects.requireNonNull(span, "span");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(rule, "rule");
  }
}
