package verbatim.index;

import java.util.Objects;

/**
 * A record and where its line is in the ledger file.
 *
 * @param offset where the line starts, in bytes
 * @param length its length in bytes, newline included
 */
public record LedgerEntry(long offset, int length, StoredAnalysis record) {
  public LedgerEntry {
    Objects.requireNonNull(record, "record");
    if (offset < 0 || length <= 0) {
      throw new IllegalArgumentException("invalid ledger position " + offset + "+" + length);
    }
  }

  /** Where the next line starts. */
  public long end() {
    return offset + length;
  }
}
