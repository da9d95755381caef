package verbatim.core.model;

/** What a document is: news reporting, or a primary source such as an official statement. */
public enum DocumentKind {
  NEWS,
  STATEMENT,
  TRANSCRIPT,
  PRESS_RELEASE
}
