package verbatim.index;

import java.time.Instant;
import java.util.Objects;

/**
 * What the caller knows about an ingest beyond the analysis itself.
 *
 * @param issuer who issued the document when it is a primary source ("Ministry of Unification"),
 *     else {@code null}
 * @param ingestedAt when it was ingested
 * @param analyzer which analyser produced the analysis ("verbatim 0.1.0"), so that records made by
 *     an older one can be found and analysed again
 */
public record IngestMeta(String issuer, Instant ingestedAt, String analyzer) {
  public IngestMeta {
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(analyzer, "analyzer");
  }

  /** Ingested now, by {@code analyzer}, with no issuer. */
  public static IngestMeta now(String analyzer) {
    return new IngestMeta(null, Instant.now(), analyzer);
  }

  public IngestMeta withIssuer(String newIssuer) {
    return new IngestMeta(newIssuer, ingestedAt, analyzer);
  }
}
