package verbatim.bench.ner;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;

/**
 * Prints the results: one row per configuration, the exact settings, the label mapping with its
 * evidence, and which configurations meet the bar (F1 within {@link #F1_MARGIN} points of the
 * best configuration and at least {@link #MIN_SPEEDUP} times the reference's tokens/s).
 */
final class ResultTable {
  static final double F1_MARGIN = 0.5;
  static final double MIN_SPEEDUP = 5.0;

  private final PrintStream out;

  ResultTable(PrintStream out) {
    this.out = out;
  }

  void print(List<ConfigResult> results, String reference) {
    double referenceSpeed = results.stream().filter(r -> r.name().equals(reference))
        .mapToDouble(ConfigResult::tokensPerSecond).findFirst().orElse(Double.NaN);
    ConfigResult first = results.get(0);
    out.printf(Locale.ROOT, "CoNLL-2003 eng.testb: %d sentences, %d tokens; conlleval exact span+type micro F1 (%%)%n",
        first.sentences(), first.tokens());
    double referenceCpu = results.stream().filter(r -> r.name().equals(reference))
        .mapToDouble(ConfigResult::tokensPerCpuSecond).findFirst().orElse(Double.NaN);
    out.printf(Locale.ROOT, "%-24s %6s %6s %6s | %6s %6s %6s %6s | %6s | %7s %6s %8s %8s %6s %5s | %6s %6s %6s %5s%n",
        "configuration", "F1", "P", "R", "PER", "LOC", "ORG", "MISC", "F1 ++",
        "tok/s", "x ref", "tok/s 1t", "tok/cpu", "x ref", "load", "load s", "heap", "misal.", "1t≠nt");
    for (ConfigResult r : results) {
      out.printf(Locale.ROOT,
          "%-24s %6.2f %6.2f %6.2f | %6.2f %6.2f %6.2f %6.2f | %6.2f | %7.0f %6.2f %8.0f %8.0f %6.2f %5.1f | %6.1f %6.0f %6d %5d%n",
          r.name(), r.f1(), r.precision(), r.recall(), r.f1Per(), r.f1Loc(), r.f1Org(), r.f1Misc(),
          r.f1ConllPlusPlus(), r.tokensPerSecond(), r.tokensPerSecond() / referenceSpeed,
          r.tokensPerSecondOneThread(), r.tokensPerCpuSecond(), r.tokensPerCpuSecond() / referenceCpu, r.loadAverage(),
          r.loadSeconds(), r.heapMb(), r.misalignedSentences(), r.differingTokens());
    }
    out.printf(Locale.ROOT, "%ntok/s = whole test set on %d threads sharing one loaded instance, best of the timed passes after a one-thread "
        + "warm-up pass (tok/s 1t = that first pass, JIT cold); x ref = ratio to %s. tok/cpu = tokens per CPU-second "
        + "of the JVM in the timed pass (all threads, GC and JIT), which other processes on the machine do not "
        + "distort; load = 1-minute system load average at the end of the timed pass.%n", first.threads(), reference);
    out.println("F1 ++ = same predictions scored on CoNLL++ (conllpp_test.txt, IOB2). heap = MB used after load and "
        + "System.gc(), corpus included (" + String.format(Locale.ROOT, "%.0f", first.baselineHeapMb())
        + " MB before load). misal. = sentences whose CoreNLP tokens were not the gold tokens. 1t≠nt = tokens "
        + "labelled differently by the multi-thread pass than by the one-thread pass.");
    out.println("Label mapping: " + TypeMapping.DESCRIPTION + ". Models without MISC (3class, 7class) get MISC recall 0.");
    out.println();
    for (ConfigResult r : results) {
      out.printf(Locale.ROOT, "%-24s %s%n", r.name(), r.settings());
    }
    out.println();
    out.println("Labels other than PERSON/LOCATION/ORGANIZATION/MISC, with the gold types of their tokens:");
    for (ConfigResult r : results) {
      if (!r.labelNotes().isEmpty()) {
        out.printf(Locale.ROOT, "%-24s %s%n", r.name(), r.labelNotes());
      }
    }
    printVerdict(results, referenceSpeed);
  }

  private void printVerdict(List<ConfigResult> results, double referenceSpeed) {
    ConfigResult best = results.stream().max((a, b) -> Double.compare(a.f1(), b.f1())).orElseThrow();
    out.printf(Locale.ROOT, "%nBar: F1 >= %.2f (best: %s %.2f, minus %.1f) and tok/s >= %.0f (%.0fx reference)%n",
        best.f1() - F1_MARGIN, best.name(), best.f1(), F1_MARGIN, MIN_SPEEDUP * referenceSpeed, MIN_SPEEDUP);
    for (ConfigResult r : results) {
      boolean accurate = r.f1() >= best.f1() - F1_MARGIN;
      boolean fast = r.tokensPerSecond() >= MIN_SPEEDUP * referenceSpeed;
      out.printf(Locale.ROOT, "  %-24s %s%s%n", r.name(), accurate && fast ? "MEETS the bar" : "fails:",
          accurate && fast ? "" : (accurate ? "" : " F1") + (fast ? "" : " speed"));
    }
  }
}
