package verbatim.core.diff;

import java.util.Objects;
import verbatim.core.model.Span;

/**
 * One word-level change inside a reworded sentence. A span on the side that has no words is empty
 * and marks where the change happened: after the word before it, or at the sentence's start.
 *
 * @param a the words taken out, in the first version's text
 * @param b the words put in, in the second version's text
 * @param removed the text of {@code a} ("" for an insertion)
 * @param added the text of {@code b} ("" for a deletion)
 */
public record WordEdit(Type type, Span a, Span b, String removed, String added) {
  /** What the edit does. */
  public enum Type {
    DELETE,
    INSERT,
    REPLACE
  }

  public WordEdit {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(removed, "removed");
    Objects.requireNonNull(added, "added");
    if ((type == Type.INSERT) != (a.length() == 0) || (type == Type.DELETE) != (b.length() == 0)) {
      throw new IllegalArgumentException(type + " with spans " + a + " and " + b);
    }
  }
}
