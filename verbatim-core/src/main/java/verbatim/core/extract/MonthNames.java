package verbatim.core.extract;

import java.text.Normalizer;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Month names as news pages print them, in the languages of our evaluation sets and sources:
 * English, German, French, Spanish, Italian, Portuguese, Dutch, Polish (genitive). A name is
 * accepted whole or as its first three letters (four for "sept", "juil"), but an abbreviation
 * two languages read as different months ("jui" for juin and juillet) is refused rather than
 * guessed.
 */
final class MonthNames {
  private MonthNames() {}

  private static final List<String> FULL_NAMES = List.of(
      "january february march april may june july august september october november december",
      "januar februar märz april mai juni juli august september oktober november dezember",
      "jänner feber maerz april mai juni juli august september oktober november dezember",
      "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
      "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
      "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
      "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
      "januari februari maart april mei juni juli augustus september oktober november december",
      "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia");

  private static final Map<String, Integer> BY_NAME = build();

  private static Map<String, Integer> build() {
    Map<String, Integer> full = new HashMap<>();
    Map<String, Integer> abbreviated = new HashMap<>();
    Set<String> ambiguous = new HashSet<>();
    for (String line : FULL_NAMES) {
      String[] names = line.split(" ");
      for (int i = 0; i < names.length; i++) {
        full.put(key(names[i]), i + 1);
        for (int len = 3; len <= 4 && len < names[i].length(); len++) {
          String prefix = key(names[i].substring(0, len));
          Integer prior = abbreviated.putIfAbsent(prefix, i + 1);
          if (prior != null && prior != i + 1) {
            ambiguous.add(prefix);
          }
        }
      }
    }
    ambiguous.forEach(abbreviated::remove);
    abbreviated.putAll(full);
    return Map.copyOf(abbreviated);
  }

  /** 1–12, or -1 when {@code name} is not a month name or a safe abbreviation of one. */
  static int month(String name) {
    Integer month = BY_NAME.get(key(name));
    return month == null ? -1 : month;
  }

  /** Lower case, accents kept but composed, so "März" and "MÄRZ" are one key. */
  private static String key(String name) {
    return Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
  }
}
