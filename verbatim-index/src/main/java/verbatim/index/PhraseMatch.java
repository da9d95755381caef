package verbatim.index;

import java.util.Objects;

/**
 * Where a phrase is in a document.
 *
 * @param begin offset of its first character in the document's text (UTF-16 code units)
 * @param end offset just after its last character
 * @param text the words there, as the document writes them
 */
public record PhraseMatch(int begin, int end, String text) {
  public PhraseMatch {
    Objects.requireNonNull(text, "text");
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid match [" + begin + ", " + end + ")");
    }
  }
}
