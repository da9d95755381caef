package verbatim.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A phrase as its words and what stands between them, so that a name can be swapped for another
 * and the phrase written back with its own spacing and hyphens ("U.S.-Japan" keeps its hyphen).
 * A word keeps its inner full stops and apostrophes: "U.S.", "N.", "People's".
 */
record PhraseWords(List<String> words, List<String> gaps) {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}\\p{M}.'’]*");

  /** {@code gaps} has one more entry than {@code words}: before the first, between each, after the last. */
  PhraseWords {
    words = List.copyOf(words);
    gaps = List.copyOf(gaps);
    if (gaps.size() != words.size() + 1) {
      throw new IllegalArgumentException(words.size() + " words need " + (words.size() + 1) + " gaps, got " + gaps.size());
    }
  }

  static PhraseWords of(String text) {
    List<String> words = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    int at = 0;
    while (m.find()) {
      gaps.add(text.substring(at, m.start()));
      words.add(m.group());
      at = m.end();
    }
    gaps.add(text.substring(at));
    return new PhraseWords(words, gaps);
  }

  int size() {
    return words.size();
  }

  /** The words {@code [from, to)} with the gaps between them, as written. */
  String text(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      if (i > from) {
        s.append(gaps.get(i));
      }
      s.append(words.get(i));
    }
    return s.toString();
  }

  /** The phrase with the words {@code [from, to)} replaced by {@code replacement}. */
  String replace(int from, int to, String replacement) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < from; i++) {
      s.append(gaps.get(i)).append(words.get(i));
    }
    s.append(gaps.get(from)).append(replacement);
    for (int i = to; i < words.size(); i++) {
      s.append(gaps.get(i)).append(words.get(i));
    }
    s.append(gaps.get(words.size()));
    return s.toString().strip();
  }

  /** How a word is compared: case, full stops and the kind of apostrophe aside ("U.S." = "US"). */
  static String key(String word) {
    return word.toLowerCase(Locale.ROOT).replace(".", "").replace('’', '\'');
  }

  /** The keys of {@code [from, to)}, joined by spaces. */
  String key(int from, int to) {
    StringBuilder s = new StringBuilder();
    for (int i = from; i < to; i++) {
      s.append(i > from ? " " : "").append(key(words.get(i)));
    }
    return s.toString();
  }

  /**
   * Text as compared for exactness: compatibility forms, case, typographic quotes and dashes and
   * spacing aside, so "People’s" written either way and a line break inside a phrase still match.
   */
  static String normalized(String text) {
    String s = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT)
        .replace('’', '\'').replace('‘', '\'').replace('“', '"').replace('”', '"')
        .replaceAll("[‐‑‒–—]", "-");
    return s.replaceAll("\\s+", " ").strip();
  }

  /** Whether every letter of {@code word} is a capital: an abbreviation such as "DPRK" or "U.S.". */
  static boolean capitals(String word) {
    boolean letters = false;
    for (int i = 0; i < word.length(); i++) {
      char c = word.charAt(i);
      if (Character.isLetter(c)) {
        letters = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letters;
  }
}
