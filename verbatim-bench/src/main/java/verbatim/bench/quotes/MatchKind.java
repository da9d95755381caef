package verbatim.bench.quotes;

/** When a predicted span counts as finding a gold span; both are already normalized. */
enum MatchKind {
  /** The same fragments, after trimming whitespace. */
  EXACT,
  /** At least one character in common. */
  OVERLAP,
  /** The same first character, as CofeNet's "Begin Match" (Table 7) compares first tokens. */
  BEGIN;

  boolean matches(Region gold, Region predicted) {
    switch (this) {
      case EXACT: return gold.equals(predicted);
      case OVERLAP: return gold.overlap(predicted) > 0;
      case BEGIN: return gold.begin() == predicted.begin();
      default: throw new AssertionError(this);
    }
  }
}
