package verbatim.core.extract;

/** What a decoded input is. */
public enum PageFormat {
  /** An HTML page as served. */
  HTML,
  /** A plain-text scrape of a rendered page, chrome and all. */
  TEXT,
  /** Text that is already the clean article body: taken exactly as it is. */
  BODY
}
