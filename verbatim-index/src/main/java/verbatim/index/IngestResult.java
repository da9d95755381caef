package verbatim.index;

import java.util.Objects;

/**
 * The outcome of one {@link Corpus#add}. Once returned, the document is durable in the ledger.
 *
 * @param id the document id
 * @param version 1 for the first document at its URL, 2 for the next version, …
 * @param previousVersion for {@link IngestStatus#NEW_VERSION}, the version it follows, else {@code null}
 * @param duplicateOf for {@link IngestStatus#DUPLICATE}, the earliest published stored copy, else {@code null}
 */
public record IngestResult(IngestStatus status, String id, int version, String previousVersion, String duplicateOf) {
  public IngestResult {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(id, "id");
  }

  static IngestResult of(IngestStatus status, Ingestion ingestion) {
    return new IngestResult(status, ingestion.id(), ingestion.version(), ingestion.previousVersion(),
        ingestion.duplicateOf());
  }
}
