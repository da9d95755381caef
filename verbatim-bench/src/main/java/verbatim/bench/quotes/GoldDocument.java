package verbatim.bench.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR article with the attributions of the one annotator chosen for it.
 *
 * @param name the article's file name without {@code .txt}
 * @param annotator the annotator id whose {@code .ann} file was read
 * @param text the article exactly as in its {@code .txt} file
 */
record GoldDocument(String name, String annotator, String text, List<GoldAttribution> attributions) {
  GoldDocument {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(annotator, "annotator");
    Objects.requireNonNull(text, "text");
    attributions = List.copyOf(attributions);
  }
}
