package verbatim.core.entities;

import java.util.Set;

/** Small tests on single words that several rules share. */
final class Words {
  private static final Set<String> POSSESSIVE = Set.of("'s", "’s", "'", "’");

  private Words() {}

  static boolean capitalized(String word) {
    return !word.isEmpty() && Character.isUpperCase(word.codePointAt(0));
  }

  static boolean possessive(String word) {
    return POSSESSIVE.contains(word);
  }

  static boolean isHyphen(String word) {
    return word.equals("-") || word.equals("‐") || word.equals("–");
  }
}
