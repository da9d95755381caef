package verbatim.core.extract.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import verbatim.core.extract.Whitespace;

/** The chrome lines that ship with verbatim ({@code chrome-lines.txt}), lower-cased. */
final class ChromeLines {
  private static final String RESOURCE = "chrome-lines.txt";

  private ChromeLines() {}

  static Set<String> load() {
    try (InputStream in = ChromeLines.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource verbatim/core/extract/text/" + RESOURCE);
      }
      Set<String> lines = new HashSet<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String text = Whitespace.normalize(line);
        if (!text.isEmpty() && !text.startsWith("#")) {
          lines.add(text.toLowerCase(Locale.ROOT));
        }
      }
      return Set.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + RESOURCE, e);
    }
  }
}
