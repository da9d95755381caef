package verbatim.core.model;

import java.util.Objects;

/** A byline: a name, and the e-mail address printed with it when there is one ({@code null} otherwise). */
public record Author(String name, String email) {
  public Author {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("author name is blank");
    }
  }
}
