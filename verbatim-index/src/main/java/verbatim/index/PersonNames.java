package verbatim.index;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import verbatim.core.data.DataLines;
import verbatim.core.entities.EntityLinker;
import verbatim.core.model.Entity;

/**
 * Keys that make one person one person across the corpus. A key is a full name normalised so that
 * spellings of it meet ("Kim Jong Un", "Kim Jong-un", "KIM Jong-Un" → {@code kim jong un};
 * "Nguyễn" → {@code nguyen}), with leading titles and honorifics dropped. A document's entity
 * already groups "President Trump", "Trump" and "Donald Trump": its key is its full name, so a
 * title or a surname joins a person only where a document tied it to a full name. An entity with
 * no full name gets a key of its own, marked {@code ?} ({@code ?trump}), that never joins a full
 * name: two full names that share a surname are never merged.
 */
final class PersonNames {
  /** Marks the key of a person known only by one name ("Trump", "President Trump"). */
  static final String PARTIAL = "?";
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern DROPPED = Pattern.compile("['’‘`ʼ]");
  private static final Pattern SEPARATORS = Pattern.compile("[\\s\\-‐‑‒–—_.,·]+");
  private static final Pattern HAN_OR_HANGUL = Pattern.compile("[\\p{IsHangul}\\p{IsHan}]{2,5}");
  private static final Set<String> HONORIFICS = Set.of("mr", "mrs", "ms", "miss", "dr", "sir", "dame",
      "former", "then", "us", "uk", "late");

  private final List<List<String>> titles;

  private PersonNames(List<List<String>> titles) {
    this.titles = titles;
  }

  private static final PersonNames STANDARD = new PersonNames(
      DataLines.of(EntityLinker.class, "titles.txt").stream()
          .map(t -> tokens(t))
          .filter(t -> !t.isEmpty())
          .sorted(Comparator.comparingInt((List<String> t) -> t.size()).reversed())
          .toList());

  /** Uses the titles verbatim's entity linker knows. */
  static PersonNames standard() {
    return STANDARD;
  }

  /** The corpus-wide key of a person entity. */
  String key(Entity person) {
    List<String> own = name(person.name());
    if (isFull(own)) {
      return String.join(" ", own);
    }
    List<String> fullest = null;
    for (String alias : person.aliases()) {
      List<String> tokens = name(alias);
      if (isFull(tokens) && (fullest == null || tokens.size() > fullest.size())) {
        fullest = tokens;
      }
    }
    if (fullest != null) {
      return String.join(" ", fullest);
    }
    return PARTIAL + String.join(" ", own);
  }

  /** The key a name typed by a user or written in a quote stands for, full or partial. */
  String keyOfName(String name) {
    List<String> tokens = name(name);
    return isFull(tokens) ? String.join(" ", tokens) : PARTIAL + String.join(" ", tokens);
  }

  /**
   * Every normalised name a person is called in a document, and its surname alone, so that a search
   * for "Trump" finds Donald Trump's quotes (and every other Trump's: a surname is all it says).
   */
  Set<String> aliases(Entity person) {
    List<String> names = new ArrayList<>(person.aliases());
    names.add(0, person.name());
    return aliases(names);
  }

  /** As {@link #aliases(Entity)}, for names not tied to an entity. */
  Set<String> aliases(List<String> names) {
    Set<String> out = new LinkedHashSet<>();
    for (String n : names) {
      List<String> tokens = name(n);
      if (!tokens.isEmpty()) {
        out.add(String.join(" ", tokens));
        out.add(tokens.get(tokens.size() - 1));
      }
    }
    return out;
  }

  /** A typed or written name as the tokens of its key: normalised, titles and middle initials dropped. */
  List<String> name(String raw) {
    List<String> tokens = new ArrayList<>(tokens(raw));
    boolean stripped = true;
    while (stripped && tokens.size() > 1) {
      stripped = false;
      int title = leadingTitle(tokens);
      if (title > 0 && title < tokens.size()) {
        tokens.subList(0, title).clear();
        stripped = true;
      } else if (HONORIFICS.contains(tokens.get(0))) {
        tokens.remove(0);
        stripped = true;
      } else if (tokens.size() > 2 && tokens.get(0).equals("u") && tokens.get(1).equals("s")) {
        tokens.subList(0, 2).clear();
        stripped = true;
      }
    }
    // "Donald J. Trump" is "Donald Trump"
    for (int i = tokens.size() - 2; i >= 1; i--) {
      if (tokens.get(i).length() == 1) {
        tokens.remove(i);
      }
    }
    return tokens;
  }

  private int leadingTitle(List<String> tokens) {
    for (List<String> title : titles) {
      if (title.size() <= tokens.size() && tokens.subList(0, title.size()).equals(title)) {
        return title.size();
      }
    }
    return 0;
  }

  private static boolean isFull(List<String> tokens) {
    // Korean and Chinese names are written as one word: 김정은
    return tokens.size() >= 2 || tokens.size() == 1 && HAN_OR_HANGUL.matcher(tokens.get(0)).matches();
  }

  /** Lower case, no diacritics, no apostrophes, hyphens and dots as spaces. */
  static List<String> tokens(String raw) {
    String s = Normalizer.normalize(raw, Normalizer.Form.NFKD);
    // decomposed Hangul must be composed again: 김 is one letter, not three jamo
    s = Normalizer.normalize(MARKS.matcher(s).replaceAll(""), Normalizer.Form.NFC);
    s = DROPPED.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    s = SEPARATORS.matcher(s).replaceAll(" ").trim();
    return s.isEmpty() ? List.of() : List.of(s.split(" "));
  }

  /** A readable label for a key: {@code kim jong un} → "Kim Jong Un". */
  static String label(String key) {
    String bare = key.startsWith(PARTIAL) ? key.substring(PARTIAL.length()) : key;
    StringBuilder out = new StringBuilder(bare.length());
    boolean start = true;
    for (char c : bare.toCharArray()) {
      out.append(start ? Character.toTitleCase(c) : c);
      start = c == ' ';
    }
    return out.toString();
  }
}
