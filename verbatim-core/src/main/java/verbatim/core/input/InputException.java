package verbatim.core.input;

/** One input cannot be analysed at all: the message names the reason for a person to read. */
public final class InputException extends Exception {
  public InputException(String reason) {
    super(reason);
  }

  public InputException(String reason, Throwable cause) {
    super(reason, cause);
  }
}
