package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One quotation or report of speech.
 *
 * @param id stable within the document ("q1", "q2", … in text order)
 * @param text the quoted words, its parts joined by " … "
 * @param parts where the words are: several when the quote is split around its attribution
 * @param cue the words that mark it as reported, or {@code null} (a bare quoted term)
 * @param rule the rule that attributed it ("said + name after the quote")
 * @param confidence how sure that rule is, from 0 to 1
 */
public record Quote(
    String id, QuoteKind kind, String text, List<Span> parts, Speaker speaker, Cue cue, String rule, double confidence) {
  public Quote {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(speaker, "speaker");
    Objects.requireNonNull(rule, "rule");
    parts = List.copyOf(parts);
    if (parts.isEmpty()) {
      throw new IllegalArgumentException("a quote has at least one part");
    }
    if (confidence < 0 || confidence > 1) {
      throw new IllegalArgumentException("confidence " + confidence + " is not in [0, 1]");
    }
  }
}
