package verbatim.index;

import java.util.Objects;

/**
 * A ledger line found damaged when the ledger was opened, and what was done about it.
 *
 * @param offset where the line starts in the ledger file, in bytes
 * @param length how many bytes it has (its newline not counted)
 * @param reason what is wrong with it
 */
public record LedgerDamage(long offset, long length, String reason, Action action) {
  /** What the ledger did with a damaged line. */
  public enum Action {
    /** The last line, cut short by a crash before it was acknowledged: removed from the file. */
    TRUNCATED,
    /** A line in the middle: left in the file, and left out when the ledger is read. */
    SKIPPED
  }

  public LedgerDamage {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(action, "action");
  }
}
