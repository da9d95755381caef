package verbatim.index;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.data.DataLines;

/**
 * The other spelling of an English word, British for American and back: English stemming leaves
 * "denuclearisation" and "denuclearization" apart, so a phrase looks for both. -ise/-ize words
 * follow a rule, with the words that are -ise on both sides of the Atlantic left alone ("advise",
 * "exercise"); the rest come from {@code spellings.tsv}. A spelling nobody writes would only find
 * nothing, but the exceptions keep such words out of the variants a user reads.
 */
final class Spellings {
  private static final Spellings SHARED = load();

  private static final Pattern IZE = Pattern.compile(
      "(\\p{L}{3,})i([sz])(e|es|ed|ing|ation|ations|er|ers)");
  private static final Set<String> SAME_BOTH_SIDES = Set.of("advise", "revise", "devise", "supervise", "televise",
      "improvise", "exercise", "compromise", "surprise", "promise", "premise", "enterprise", "expertise",
      "franchise", "merchandise", "chastise", "despise", "disguise", "comprise", "circumcise", "incise", "excise",
      "concise", "precise", "otherwise", "likewise", "clockwise", "paradise", "treatise", "demise", "reprise",
      "praise", "appraise", "raise", "arise", "noise", "poise", "cruise", "bruise", "capsize", "seize", "prize",
      "size", "downsize", "oversize", "baize", "apprise", "upraise", "valise", "porpoise", "tortoise", "turquoise",
      "mortise", "anise", "elise", "denise", "louise");

  private final Map<String, String> table;

  private Spellings(Map<String, String> table) {
    this.table = Map.copyOf(table);
  }

  static Spellings shared() {
    return SHARED;
  }

  private static Spellings load() {
    Map<String, String> table = new HashMap<>();
    for (String line : DataLines.of(Spellings.class, "spellings.tsv")) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException("spellings.tsv: expected british<TAB>american, got \"" + line + "\"");
      }
      table.put(cols[0], cols[1]);
      table.put(cols[1], cols[0]);
    }
    return new Spellings(table);
  }

  /** The word in the other spelling, with its capitals kept; empty when it has one spelling. */
  Optional<String> other(String word) {
    if (word.length() < 4 || PhraseWords.capitals(word)) {
      return Optional.empty();
    }
    String lower = word.toLowerCase(Locale.ROOT);
    String other = table.get(lower);
    if (other == null && lower.endsWith("s")) {
      String singular = table.get(lower.substring(0, lower.length() - 1));
      other = singular == null ? null : singular + "s";
    }
    if (other == null) {
      other = iseIze(lower);
    }
    return Optional.ofNullable(other).map(o -> Character.isUpperCase(word.charAt(0))
        ? Character.toUpperCase(o.charAt(0)) + o.substring(1) : o);
  }

  private static String iseIze(String lower) {
    Matcher m = IZE.matcher(lower);
    if (!m.matches() || SAME_BOTH_SIDES.contains(m.group(1) + "i" + m.group(2) + "e")) {
      return null;
    }
    String swapped = m.group(2).equals("s") ? "z" : "s";
    return m.group(1) + "i" + swapped + m.group(3);
  }
}
