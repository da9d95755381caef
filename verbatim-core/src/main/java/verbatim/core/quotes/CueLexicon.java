package verbatim.core.quotes;

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
    Sense sense = Sense.SPEECH;
    for (String line : WordLists.lines("cue-verbs.txt")) {
      if (line.strip().equals("[thought]")) {
        sense = Sense.THOUGHT;
        continue;
      }
      for (String form : line.strip().split("\\s+")) {
        forms.putIfAbsent(form, sense);
      }
    }
    return new CueLexicon(forms);
  }
}
