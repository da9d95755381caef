package verbatim.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.Span;

/**
 * Reads the attribution relations of one PolNeAR brat {@code .ann} file. Only {@code T} (text
 * span) and {@code E} (relation) lines matter; other lines, including the continuation lines of
 * a covered text that runs over several lines, are skipped. The covered text is not used: spans
 * are taken from the offsets, which index the article's UTF-16 text (PolNeAR has no character
 * outside the BMP, so code points and UTF-16 units agree).
 *
 * <p>Gold data is curated, so a malformed line or a dangling reference is an error naming the
 * file and line rather than something to skip silently.
 */
final class BratReader {
  private static final Pattern TEXT_SPAN = Pattern.compile("^(T\\d+)\\t(\\S+) (\\d+ \\d+(?:;\\d+ \\d+)*)\\t");
  private static final Pattern RELATION = Pattern.compile("^(E\\d+)\\t(.*)$");

  private BratReader() {}

  static List<GoldAttribution> read(Path ann) throws IOException {
    return parse(Files.readAllLines(ann, StandardCharsets.UTF_8), ann.toString());
  }

  static List<GoldAttribution> parse(List<String> lines, String source) {
    Map<String, Region> spans = new HashMap<>();
    List<String[]> relations = new ArrayList<>();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      Matcher t = TEXT_SPAN.matcher(line);
      Matcher e = RELATION.matcher(line);
      if (t.find()) {
        spans.put(t.group(1), region(t.group(3), source, n + 1));
      } else if (e.matches()) {
        relations.add(new String[] {e.group(1), e.group(2), Integer.toString(n + 1)});
      } else if (line.matches("^T\\d+\\t.*")) {
        throw new IllegalArgumentException(source + ":" + (n + 1) + ": malformed text span: " + line);
      }
    }
    List<GoldAttribution> out = new ArrayList<>();
    for (String[] r : relations) {
      out.add(relation(r[0], r[1], spans, source + ":" + r[2]));
    }
    return out;
  }

  /** {@code Attribution:T4 Content:T3 Cue:T2 [Source:T1] [Content2:T5]}; the trigger is not used. */
  private static GoldAttribution relation(String id, String arguments, Map<String, Region> spans, String where) {
    Region source = null;
    Region cue = null;
    List<Region> content = new ArrayList<>();
    for (String argument : arguments.trim().split("\\s+")) {
      int colon = argument.indexOf(':');
      if (colon < 0) {
        throw new IllegalArgumentException(where + ": argument '" + argument + "' is not Role:Tn");
      }
      String role = argument.substring(0, colon);
      Region span = spans.get(argument.substring(colon + 1));
      if (span == null) {
        throw new IllegalArgumentException(where + ": " + argument + " refers to no text span");
      }
      switch (role) {
        case "Source" -> source = span;
        case "Cue" -> cue = span;
        case "Content", "Content2" -> content.add(span);
        default -> { } // the trigger: Attribution or Attribution-no-source, the same span as the cue
      }
    }
    return new GoldAttribution(id, source, cue, content);
  }

  private static Region region(String offsets, String source, int line) {
    List<Span> fragments = new ArrayList<>();
    for (String fragment : offsets.split(";")) {
      String[] ends = fragment.split(" ");
      try {
        fragments.add(new Span(Integer.parseInt(ends[0]), Integer.parseInt(ends[1])));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(source + ":" + line + ": bad offsets '" + fragment + "'", e);
      }
    }
    return new Region(fragments);
  }
}
