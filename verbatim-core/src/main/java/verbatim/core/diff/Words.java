package verbatim.core.diff;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.data.DataLines;
import verbatim.core.nlp.WordTokenizer;

/** How the diff reads a token: its normalised form, and whether it is a word that can carry a phrase. */
final class Words {
  private static final Set<String> FUNCTION_WORDS = load();

  private Words() {}

  /** Lower case, compatibility forms folded, one kind of apostrophe and of double quote. */
  static String normalize(String token) {
    String s = Normalizer.normalize(token, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    return s.replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"');
  }

  /** A word (letters or digits) that is not a function word nor a lone Latin letter. */
  static boolean isContent(String normalized) {
    if (!WordTokenizer.isWord(normalized) || FUNCTION_WORDS.contains(normalized)) {
      return false;
    }
    return !(normalized.length() == 1 && normalized.charAt(0) < 0x250);
  }

  private static Set<String> load() {
    Set<String> words = new HashSet<>();
    for (String line : DataLines.of(Words.class, "function-words.txt")) {
      words.addAll(List.of(line.strip().split("\\s+")));
    }
    return Set.copyOf(words);
  }
}
