package verbatim.bench.ner;

import java.util.Objects;

/**
 * A typed entity span: tokens {@code [begin, end)} of sentence number {@code sentence} (counted
 * over the whole corpus), of type {@code type} (PER, LOC, ORG, MISC after mapping).
 */
record Entity(int sentence, int begin, int end, String type) {
  Entity {
    Objects.requireNonNull(type, "type");
    if (sentence < 0 || begin < 0 || end <= begin) {
      throw new IllegalArgumentException("bad span: sentence " + sentence + " [" + begin + ", " + end + ")");
    }
  }
}
