package verbatim.bench.quotes;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import java.util.List;

/**
 * Sample misses of one system, per role, for whoever improves its rules: gold spans nothing
 * touched, predictions with the wrong boundaries (beside the gold span they overlap most) and
 * predictions that touch no gold span. Samples are spread evenly over the split, so they are the
 * same from run to run.
 */
final class ErrorSamples {
  private static final int CONTEXT = 50;
  private static final int LONGEST = 240;

  private ErrorSamples() {}

  static void print(PrintStream out, String system, List<GoldDocument> documents,
      List<List<PredictedAttribution>> predictions, int perCategory) {
    for (Role role : Role.annotated()) {
      List<String> missed = new ArrayList<>();
      List<String> boundary = new ArrayList<>();
      List<String> spurious = new ArrayList<>();
      for (int d = 0; d < documents.size(); d++) {
        GoldDocument doc = documents.get(d);
        RoleSpans spans = RoleSpans.of(role, doc, predictions.get(d));
        String text = doc.text();
        Map<Region, String> kinds = kindsOf(role, text, predictions.get(d));
        for (Region g : spans.gold()) {
          if (spans.predicted().stream().noneMatch(p -> p.overlap(g) > 0)) {
            missed.add(doc.name() + " [" + g + "] gold " + shown(text, g));
          }
        }
        for (Region p : spans.predicted()) {
          Region best = spans.gold().stream().filter(g -> g.overlap(p) > 0)
              .max(Comparator.comparingInt(g -> g.overlap(p))).orElse(null);
          if (best == null) {
            spurious.add(doc.name() + " [" + p + "] predicted" + kinds.getOrDefault(p, "") + " " + shown(text, p));
          } else if (!best.equals(p)) {
            boundary.add(doc.name() + "\n      gold      [" + best + "] " + quoted(text, best)
                + "\n      predicted [" + p + "]" + kinds.getOrDefault(p, "") + " " + quoted(text, p));
          }
        }
      }
      out.printf("%n-- %s, %s: %d gold spans missed, %d predictions with other boundaries, %d touching no gold%n",
          system, role.label(), missed.size(), boundary.size(), spurious.size());
      section(out, "missed", missed, perCategory);
      section(out, "boundaries", boundary, perCategory);
      section(out, "spurious", spurious, perCategory);
    }
  }

  /** The system's kind label of each predicted span, shown beside it (" DIRECT"), when it has one. */
  private static Map<Region, String> kindsOf(Role role, String text, List<PredictedAttribution> predictions) {
    Map<Region, String> kinds = new HashMap<>();
    for (PredictedAttribution p : predictions) {
      for (Region r : role.of(p)) {
        Region normalized = r.normalized(text);
        if (normalized != null && p.kind() != null) {
          kinds.putIfAbsent(normalized, " " + p.kind() + (p.rule() == null ? "" : " (" + p.rule() + ")"));
        }
      }
    }
    return kinds;
  }

  private static void section(PrintStream out, String title, List<String> items, int n) {
    if (items.isEmpty() || n == 0) {
      return;
    }
    out.println("  " + title + ":");
    int shown = Math.min(n, items.size());
    for (int i = 0; i < shown; i++) {
      out.println("    " + items.get((int) ((long) i * items.size() / shown)));
    }
  }

  /** The span in «», with a little text on each side. */
  private static String shown(String text, Region r) {
    String before = text.substring(Math.max(0, r.begin() - CONTEXT), r.begin());
    String after = text.substring(Math.min(text.length(), r.end()), Math.min(text.length(), r.end() + CONTEXT));
    return oneLine("…" + before + "«" + cut(r.text(text)) + "»" + after + "…");
  }

  private static String quoted(String text, Region r) {
    return oneLine("«" + cut(r.text(text)) + "»");
  }

  private static String cut(String s) {
    return s.length() <= LONGEST ? s : s.substring(0, LONGEST / 2) + " [...] " + s.substring(s.length() - LONGEST / 2);
  }

  private static String oneLine(String s) {
    return s.replace('\n', '⏎');
  }
}
