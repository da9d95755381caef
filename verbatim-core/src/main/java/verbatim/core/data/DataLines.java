package verbatim.core.data;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a data file shipped beside a class: UTF-8, blank lines and lines starting with
 * {@code #} left out, the others as written. A missing file is a packaging error and throws, naming it.
 */
public final class DataLines {
  private DataLines() {}

  /** The lines of {@code name}, a resource in {@code owner}'s package. */
  public static List<String> of(Class<?> owner, String name) {
    String where = owner.getPackageName().replace('.', '/') + "/" + name;
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + where);
      }
      List<String> lines = new ArrayList<>();
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        // kept as written: a tab-separated table may end with an empty column
        if (!line.isBlank() && !line.stripLeading().startsWith("#")) {
          lines.add(line);
        }
      }
      return List.copyOf(lines);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + where, e);
    }
  }
}
