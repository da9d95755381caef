package verbatim.index;

import java.util.List;

/** One page of quotes found, and how many match in all. */
public record QuoteResult(long total, List<QuoteHit> hits) {
  public QuoteResult {
    hits = List.copyOf(hits);
  }
}
