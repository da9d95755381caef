package verbatim.core.model;

import java.util.Objects;

/**
 * A warning about one document that did not stop its analysis: a charset that had to be guessed,
 * a date whose zone is unknown, markup that had to be repaired.
 *
 * @param code a stable, kebab-case identifier ("zone-unknown") that tools can filter on
 * @param message a sentence for a person
 */
public record Problem(String code, String message) {
  public Problem {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
  }
}
