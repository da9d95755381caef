package verbatim.index;

import java.util.List;
import java.util.Objects;

/** How many matching documents have each value of one dimension ("source", "month", …). */
public record Facet(String dimension, List<FacetCount> counts) {
  public Facet {
    Objects.requireNonNull(dimension, "dimension");
    counts = List.copyOf(counts);
  }
}
