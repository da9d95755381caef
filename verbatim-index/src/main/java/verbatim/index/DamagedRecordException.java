package verbatim.index;

/** A ledger line that cannot be trusted: cut short by a crash, or changed on disk. */
final class DamagedRecordException extends Exception {
  DamagedRecordException(String message) {
    super(message);
  }
}
