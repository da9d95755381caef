package verbatim.core.model;

/** What kind of report of speech a quotation is. */
public enum QuoteKind {
  /** Words in quotation marks given as the speaker's own. */
  DIRECT,
  /** A quoted fragment inside reported speech: said he would “establish a relationship …”. */
  PARTIAL,
  /** Reported speech without quotation marks: X said (that) …, according to X, … */
  INDIRECT,
  /** A quoted term, not a statement: scare quotes, a phrase under discussion (‘small deal’). */
  TERM
}
