package verbatim.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** The verbs of {@code cue-verbs.txt}, by any of their forms: which report speech, which thought. */
final class CueLexicon {
  /** What a cue verb reports. */
  enum Sense {
    SPEECH,
    THOUGHT
  }

  private static final CueLexicon SHARED = load();

  private final Map<String, Sense> byForm;

  private CueLexicon(Map<String, Sense> byForm) {
    this.byForm = Map.copyOf(byForm);
  }

  static CueLexicon shared() {
    return SHARED;
  }

  Sense sense(String word) {
    return byForm.get(word.toLowerCase(Locale.ROOT));
  }

  boolean isCue(String word) {
    return sense(word) != null;
  }

  boolean isSpeech(String word) {
    return sense(word) == Sense.SPEECH;
  }

  private static CueLexicon load() {
    Map<String, Sense> forms = new HashMap<>();
    try (InputStream in = CueLexicon.class.getResourceAsStream("cue-verbs.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource verbatim/core/quotes/cue-verbs.txt");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      Sense sense = Sense.SPEECH;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.strip().equals("# thought")) {
          sense = Sense.THOUGHT;
        } else if (!line.isBlank() && !line.startsWith("#")) {
          for (String form : line.strip().split("\\s+")) {
            forms.putIfAbsent(form, sense);
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new CueLexicon(forms);
  }
}
