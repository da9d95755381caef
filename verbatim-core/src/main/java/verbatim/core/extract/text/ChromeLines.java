package verbatim.core.extract.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import verbatim.core.data.DataLines;
import verbatim.core.extract.Whitespace;

/** The chrome lines that ship with verbatim ({@code chrome-lines.txt}), lower-cased. */
final class ChromeLines {
  private static final String RESOURCE = "chrome-lines.txt";

  private ChromeLines() {}

  static Set<String> load() {
    Set<String> lines = new HashSet<>();
    for (String line : DataLines.of(ChromeLines.class, RESOURCE)) {
      lines.add(Whitespace.normalize(line).toLowerCase(Locale.ROOT));
    }
    return Set.copyOf(lines);
  }
}
