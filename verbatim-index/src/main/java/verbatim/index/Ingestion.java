package verbatim.index;

import java.time.Instant;
import java.util.Objects;
import verbatim.core.model.DocumentKind;

/**
 * What the ledger records about one ingested document beside its analysis, as decided when it was
 * ingested.
 *
 * @param id the document id
 * @param url the page's address, or {@code null}
 * @param input the path or name it was read from
 * @param issuer who issued it, for a primary source, else {@code null}
 * @param analyzer which analyser produced the analysis
 * @param version 1 for the first document at its URL, then 2, 3, …
 * @param previousVersion the version this one follows, or {@code null}
 * @param duplicateOf when ingested as a near-duplicate, the earliest published copy stored then, else {@code null}
 */
public record Ingestion(
    String id,
    String url,
    String input,
    String issuer,
    DocumentKind kind,
    Instant ingestedAt,
    String analyzer,
    int version,
    String previousVersion,
    String duplicateOf) {
  public Ingestion {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(ingestedAt, "ingestedAt");
    Objects.requireNonNull(analyzer, "analyzer");
    if (version < 1) {
      throw new IllegalArgumentException("version " + version + " is not 1 or more");
    }
  }
}
