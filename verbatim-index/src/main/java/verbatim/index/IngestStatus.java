package verbatim.index;

/** What {@link Corpus#add} did with a document. */
public enum IngestStatus {
  /** A document the corpus did not have. */
  INGESTED,
  /** The same document id is already stored: nothing was written, so re-adding is harmless. */
  UNCHANGED,
  /** The same URL with different content: stored as a new version of that story. */
  NEW_VERSION,
  /** Nearly the same text as a stored document at another URL: stored, and linked to it. */
  DUPLICATE
}
