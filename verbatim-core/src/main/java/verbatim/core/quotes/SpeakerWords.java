package verbatim.core.quotes;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The head nouns of {@code speaker-words.tsv}: documents, anonymous sources, groups, ranks. */
final class SpeakerWords {
  private static final SpeakerWords SHARED = load();

  private final Map<String, Set<String>> byKind;

  private SpeakerWords(Map<String, Set<String>> byKind) {
    this.byKind = Map.copyOf(byKind);
  }

  static SpeakerWords shared() {
    return SHARED;
  }

  boolean is(String kind, String word) {
    return byKind.getOrDefault(kind, Set.of()).contains(word.toLowerCase(Locale.ROOT));
  }

  private static SpeakerWords load() {
    Map<String, Set<String>> kinds = new HashMap<>();
    for (String line : WordLists.lines("speaker-words.tsv")) {
      String[] cols = line.split("\t");
      kinds.put(cols[0], Set.copyOf(List.of(cols[1].split("\\|"))));
    }
    return new SpeakerWords(kinds);
  }
}
