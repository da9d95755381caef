package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * One analysed input: the article found in it and where it came from.
 *
 * @param input the path or {@code -} it was read from
 * @param id stable: the same input bytes give the same id on every machine
 * @param source the publisher's domain when known ("donga.com"), else {@code null}
 * @param kind news unless the user said otherwise
 * @param article what extraction found
 */
public record Document(String input, String id, String source, DocumentKind kind, Article article) {
  public Document {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(article, "article");
  }

  public String text() {
    return article.text();
  }

  public List<Problem> problems() {
    return article.problems();
  }
}
