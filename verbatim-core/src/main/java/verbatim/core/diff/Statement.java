package verbatim.core.diff;

import java.util.List;
import java.util.Objects;
import verbatim.core.extract.Paragraphs;
import verbatim.core.model.Document;
import verbatim.core.model.Span;

/**
 * One side of a comparison: a document's text and its paragraphs, and what names it.
 *
 * @param id the document id
 * @param input the path or name it was read from
 * @param title its title, or {@code null}
 * @param paragraphs spans into {@code text}, in order; sentences never cross them
 */
public record Statement(String id, String input, String title, String text, List<Span> paragraphs) {
  public Statement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(text, "text");
    paragraphs = List.copyOf(paragraphs);
    for (Span p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " runs past the text (" + text.length() + ")");
      }
    }
  }

  public static Statement of(Document document) {
    return new Statement(document.id(), document.input(), document.article().title(), document.text(),
        document.article().paragraphs());
  }

  /** A plain text whose paragraphs are its runs of non-blank lines. */
  public static Statement of(String id, String text) {
    return new Statement(id, id, null, text, Paragraphs.of(text));
  }
}
