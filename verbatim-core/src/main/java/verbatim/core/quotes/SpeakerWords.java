package verbatim.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
    try (InputStream in = SpeakerWords.class.getResourceAsStream("speaker-words.tsv")) {
      if (in == null) {
        throw new IllegalStateException("missing resource verbatim/core/quotes/speaker-words.tsv");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] cols = line.split("\t");
        kinds.put(cols[0], Set.copyOf(List.of(cols[1].split("\\|"))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new SpeakerWords(kinds);
  }
}
