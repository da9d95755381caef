package verbatim.core.model;

import java.util.Objects;

/**
 * Another-language version of the same article that the page links to.
 *
 * @param language BCP-47 code ("ko")
 * @param label the link's text as printed ("한국어")
 * @param url the link target, or {@code null} when the input (a text scrape) lost it
 */
public record Translation(String language, String label, String url) {
  public Translation {
    Objects.requireNonNull(language, "language");
    Objects.requireNonNull(label, "label");
  }
}
