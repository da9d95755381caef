package verbatim.core.quotes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.core.data.DataLines;

/** The package's word lists and tables. */
final class WordLists {
  private WordLists() {}

  static List<String> lines(String name) {
    return DataLines.of(WordLists.class, name);
  }

  /** Every word of every line. */
  static Set<String> words(String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(name)) {
      words.addAll(List.of(line.strip().split("\\s+")));
    }
    return Set.copyOf(words);
  }

  /** {@code forms<TAB>values}: each form of the first column to the words of the second. */
  static Map<String, Set<String>> table(String name) {
    Map<String, Set<String>> table = new HashMap<>();
    for (String line : lines(name)) {
      String[] cols = line.split("\t");
      if (cols.length != 2) {
        throw new IllegalStateException(name + ": expected forms<TAB>values, got \"" + line + "\"");
      }
      Set<String> values = Set.of(cols[1].strip().split("\\s+"));
      for (String form : cols[0].strip().split("\\s+")) {
        table.merge(form, values, (a, b) -> {
          Set<String> both = new HashSet<>(a);
          both.addAll(b);
          return Set.copyOf(both);
        });
      }
    }
    return Map.copyOf(table);
  }
}
