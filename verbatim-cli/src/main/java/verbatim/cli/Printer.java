package verbatim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import verbatim.index.QueryJson;

/** Writes answers as JSON (one indented object) or JSON Lines (one object per line). */
final class Printer {
  private final PrintStream out;

  Printer(PrintStream out) {
    this.out = out;
  }

  void json(Object answer) throws IOException {
    try (JsonGenerator g = generator(true)) {
      QueryJson.write(answer, g);
    }
    out.println();
  }

  void jsonLines(List<?> answers) throws IOException {
    for (Object a : answers) {
      try (JsonGenerator g = generator(false)) {
        QueryJson.write(a, g);
      }
      out.println();
    }
  }

  private JsonGenerator generator(boolean pretty) throws IOException {
    JsonGenerator g = QueryJson.factory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setPrettyPrinter(pretty ? new DefaultPrettyPrinter() : new MinimalPrettyPrinter());
    return g;
  }

  /** Bold on a terminal, plain otherwise: how a match is marked in a snippet. */
  static String marked(String text, List<int[]> matches, boolean terminal) {
    StringBuilder s = new StringBuilder();
    int at = 0;
    for (int[] m : matches) {
      if (m[0] < at || m[1] > text.length()) {
        continue;
      }
      s.append(text, at, m[0]).append(terminal ? "\033[1m" : "«").append(text, m[0], m[1]).append(terminal ? "\033[0m" : "»");
      at = m[1];
    }
    return s.append(text.substring(at)).toString();
  }

  /** A cell cut to {@code width} characters with an ellipsis. */
  static String cut(String s, int width) {
    if (s == null) {
      return "";
    }
    String one = s.replaceAll("\\s+", " ").strip();
    return one.length() <= width ? one : one.substring(0, Math.max(0, width - 1)) + "…";
  }
}
