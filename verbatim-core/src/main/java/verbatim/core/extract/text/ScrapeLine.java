package verbatim.core.extract.text;

/**
 * One non-blank line of a scrape and what it was recognised as.
 *
 * @param text the line, whitespace normalized
 * @param role what the line is
 */
record ScrapeLine(String text, Role role) {
  /** What a line of a scrape is. */
  enum Role {
    CHROME,
    TITLE,
    DATE,
    LANGUAGE_LINK,
    BYLINE,
    PROSE,
    /** A short line that is neither recognised chrome nor prose: a subheading, or chrome we do not know. */
    SHORT
  }

  ScrapeLine as(Role newRole) {
    return new ScrapeLine(text, newRole);
  }
}
