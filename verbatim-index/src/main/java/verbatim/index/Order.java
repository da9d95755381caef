package verbatim.index;

/** How results are ordered. */
public enum Order {
  /** Best match first; newest first when there is no text to match. */
  RELEVANCE,
  NEWEST,
  OLDEST
}
