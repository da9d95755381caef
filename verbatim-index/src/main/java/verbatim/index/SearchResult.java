package verbatim.index;

import java.util.List;

/**
 * One page of documents found, and facet counts over all of them.
 *
 * @param total how many documents match
 * @param facets counts per dimension (source, kind, language, month, speaker, entity), largest first
 */
public record SearchResult(long total, List<SearchHit> hits, List<Facet> facets) {
  public SearchResult {
    hits = List.copyOf(hits);
    facets = List.copyOf(facets);
  }

  /** The counts of one dimension, empty when no match has a value for it. */
  public List<FacetCount> facet(String dimension) {
    return facets.stream().filter(f -> f.dimension().equals(dimension)).findFirst().map(Facet::counts)
        .orElse(List.of());
  }
}
