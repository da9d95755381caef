package verbatim.core.model;

/** Where on the page a document date was read. */
public enum DateOrigin {
  JSON_LD,
  META,
  TIME_ELEMENT,
  VISIBLE_LINE,
  URL
}
