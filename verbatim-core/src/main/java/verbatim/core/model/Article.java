package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * The clean article found in a page: its metadata, and its body as normalized text with one span
 * per paragraph. Fields the page did not give are {@code null} (or empty lists).
 *
 * @param text the body; paragraphs are separated by a blank line
 * @param paragraphs one span per paragraph, into {@code text}, in order
 * @param problems warnings about this page
 */
public record Article(
    String title,
    String url,
    String language,
    DateStamp published,
    DateStamp updated,
    List<Author> authors,
    List<Translation> translations,
    String text,
    List<Span> paragraphs,
    List<Problem> problems) {

  public Article {
    Objects.requireNonNull(text, "text");
    authors = List.copyOf(authors);
    translations = List.copyOf(translations);
    paragraphs = List.copyOf(paragraphs);
    problems = List.copyOf(problems);
    for (Span p : paragraphs) {
      if (p.end() > text.length()) {
        throw new IllegalArgumentException("paragraph " + p + " runs past the text (" + text.length() + ")");
      }
    }
  }
}
