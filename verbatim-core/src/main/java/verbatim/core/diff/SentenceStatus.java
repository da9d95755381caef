package verbatim.core.diff;

/** What became of a sentence between the two versions. */
public enum SentenceStatus {
  /** The same words in the same place (white space aside). */
  KEPT,
  /** Similar enough to be the same sentence, with words changed: see its word edits. */
  REWORDED,
  /** Kept or reworded, but out of the order the other sentences keep. */
  MOVED,
  /** Only in the second version. */
  ADDED,
  /** Only in the first version. */
  REMOVED
}
