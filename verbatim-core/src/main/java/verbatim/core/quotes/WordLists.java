package verbatim.core.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The package's word lists: UTF-8 lines, blank lines and {@code #} comments skipped. */
final class WordLists {
  private WordLists() {}

  static List<String> lines(String name) {
    try (InputStream in = WordLists.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource verbatim/core/quotes/" + name);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(line.strip());
        }
      }
      return lines;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
  }

  /** Every word of every line. */
  static Set<String> words(String name) {
    Set<String> words = new HashSet<>();
    for (String line : lines(name)) {
      words.addAll(List.of(line.split("\\s+")));
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
