package verbatim.core.language;

import java.util.Optional;

/** Tells the language of a text. Implementations are thread-safe. */
public interface LanguageGuesser {
  /** The ISO 639-1 code ("en", "ko") when the text is long enough to tell with confidence. */
  Optional<String> guess(String text);
}
