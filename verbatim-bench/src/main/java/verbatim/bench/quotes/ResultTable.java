package verbatim.bench.quotes;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.bench.Counts;

/** Prints the per-system figures: one block per system, in percent. */
final class ResultTable {
  private final PrintStream out;

  ResultTable(PrintStream out) {
    this.out = out;
  }

  void print(String title, SystemRun.Result run, Score score) {
    out.printf("%n== %s  (%d documents, %d threads)%n", title, score.documents(), run.threads());
    out.println("   " + run.settings());
    String warm = run.warmupDocuments() == 0 ? "after load, cold"
        : "after load and " + run.warmupDocuments() + " warm-up documents";
    out.printf("   load %.1f s; %s: %.3f documents/s (%.3f per CPU-second; load average %.1f at the end);"
        + " heap %.0f MB after load, peak <= %.0f MB%n", run.loadSeconds(), warm, run.documentsPerSecond(),
        run.documentsPerCpuSecond(), run.loadAverage(), run.heapAfterLoadMb(), run.peakHeapMb());
    if (!run.failures().isEmpty()) {
      out.printf("   %d documents failed, first: %s%n", run.failures().size(), run.failures().get(0));
    }
    if (!run.notes().isEmpty()) {
      out.println("   note: " + run.notes());
    }
    out.printf("   %-17s %6s %6s | %-20s | %-20s | %-20s%n", "role", "gold", "pred", "exact P / R / F1",
        "overlap P / R / F1", "begin P / R / F1");
    for (Role role : Role.values()) {
      Counts exact = score.counts(role, MatchKind.EXACT);
      out.printf("   %-17s %6d %6d | %s | %s | %s%n", role.label(), exact.truePositives() + exact.falseNegatives(),
          exact.truePositives() + exact.falsePositives(), prf(exact), prf(score.counts(role, MatchKind.OVERLAP)),
          prf(score.counts(role, MatchKind.BEGIN)));
    }
    out.printf("   right source: %.1f%% of %d gold attributions with a source; content found: %.1f%% of %d%n",
        100 * score.rightSourceShare(), score.goldWithSource(), 100 * score.contentFoundShare(),
        score.goldAttributions());
  }

  void printKinds(Score score) {
    Map<String, int[]> kinds = score.kinds();
    if (kinds.isEmpty() || kinds.keySet().equals(Set.of("-"))) {
      return;
    }
    out.println("   per kind: predicted, content precision exact / overlap");
    for (Map.Entry<String, int[]> e : kinds.entrySet()) {
      int[] k = e.getValue();
      out.printf("     %-9s %5d  %5.1f / %5.1f%n", e.getKey(), k[0], percent(k[1], k[0]), percent(k[2], k[0]));
    }
    Map<String, int[]> rules = score.rules();
    if (!rules.isEmpty()) {
      out.println("   per rule: predicted, content precision exact / overlap");
      for (Map.Entry<String, int[]> e : rules.entrySet()) {
        int[] k = e.getValue();
        out.printf("     %5d  %5.1f / %5.1f  %s%n", k[0], percent(k[1], k[0]), percent(k[2], k[0]), e.getKey());
      }
    }
  }

  void printHeader(String split, List<GoldDocument> documents) {
    int attributions = documents.stream().mapToInt(d -> d.attributions().size()).sum();
    out.printf("PolNeAR %s: %d documents, %d attributions; %s%n", split, documents.size(), attributions,
        Polnear.ANNOTATOR_RULE);
    out.println(Score.DEFINITIONS);
  }

  private static String prf(Counts c) {
    return String.format("%5.1f %5.1f %5.1f ", 100 * c.precision(), 100 * c.recall(), 100 * c.f1());
  }

  private static double percent(int part, int whole) {
    return whole == 0 ? 0 : 100.0 * part / whole;
  }
}
