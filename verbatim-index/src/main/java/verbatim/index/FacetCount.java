package verbatim.index;

import java.util.Objects;

/** A facet value and how many matching documents have it; the value can be given back as a filter. */
public record FacetCount(String value, long count) {
  public FacetCount {
    Objects.requireNonNull(value, "value");
  }
}
