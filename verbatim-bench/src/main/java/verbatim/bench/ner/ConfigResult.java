package verbatim.bench.ner;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * What one configuration measured, in the form a child JVM hands it to the parent: one line of
 * tab-separated {@code key=value} pairs after {@link #PREFIX}. F1, P and R are percentages.
 */
record ConfigResult(
    String name,
    String settings,
    double loadSeconds,
    double heapMb,
    double baselineHeapMb,
    int tokens,
    int sentences,
    int misalignedSentences,
    double tokensPerSecondOneThread,
    double tokensPerSecond,
    double tokensPerCpuSecond,
    double loadAverage,
    int threads,
    int differingTokens,
    double precision,
    double recall,
    double f1,
    double f1Per,
    double f1Loc,
    double f1Org,
    double f1Misc,
    double f1ConllPlusPlus,
    String labelNotes) {
  static final String PREFIX = "@ner-result\t";

  ConfigResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(settings, "settings");
    Objects.requireNonNull(labelNotes, "labelNotes");
    if (settings.contains("\t") || labelNotes.contains("\t") || settings.contains("\n") || labelNotes.contains("\n")) {
      throw new IllegalArgumentException("settings and labelNotes must be one line without tabs");
    }
  }

  String toLine() {
    Map<String, Object> fields = new LinkedHashMap<>();
    fields.put("name", name);
    fields.put("settings", settings);
    fields.put("loadSeconds", loadSeconds);
    fields.put("heapMb", heapMb);
    fields.put("baselineHeapMb", baselineHeapMb);
    fields.put("tokens", tokens);
    fields.put("sentences", sentences);
    fields.put("misalignedSentences", misalignedSentences);
    fields.put("tokensPerSecondOneThread", tokensPerSecondOneThread);
    fields.put("tokensPerSecond", tokensPerSecond);
    fields.put("tokensPerCpuSecond", tokensPerCpuSecond);
    fields.put("loadAverage", loadAverage);
    fields.put("threads", threads);
    fields.put("differingTokens", differingTokens);
    fields.put("precision", precision);
    fields.put("recall", recall);
    fields.put("f1", f1);
    fields.put("f1Per", f1Per);
    fields.put("f1Loc", f1Loc);
    fields.put("f1Org", f1Org);
    fields.put("f1Misc", f1Misc);
    fields.put("f1ConllPlusPlus", f1ConllPlusPlus);
    fields.put("labelNotes", labelNotes);
    StringBuilder line = new StringBuilder(PREFIX);
    fields.forEach((k, v) -> line.append(k).append('=').append(v instanceof Double d
        ? String.format(Locale.ROOT, "%.6f", d) : v).append('\t'));
    line.setLength(line.length() - 1);
    return line.toString();
  }

  static ConfigResult parse(String line) {
    if (!line.startsWith(PREFIX)) {
      throw new IllegalArgumentException("not a result line: '" + line + "'");
    }
    Map<String, String> f = new LinkedHashMap<>();
    for (String pair : line.substring(PREFIX.length()).split("\t")) {
      int eq = pair.indexOf('=');
      f.put(pair.substring(0, eq), pair.substring(eq + 1));
    }
    return new ConfigResult(f.get("name"), f.get("settings"), d(f, "loadSeconds"), d(f, "heapMb"),
        d(f, "baselineHeapMb"), i(f, "tokens"), i(f, "sentences"), i(f, "misalignedSentences"),
        d(f, "tokensPerSecondOneThread"), d(f, "tokensPerSecond"), d(f, "tokensPerCpuSecond"),
        d(f, "loadAverage"), i(f, "threads"), i(f, "differingTokens"),
        d(f, "precision"), d(f, "recall"), d(f, "f1"), d(f, "f1Per"), d(f, "f1Loc"), d(f, "f1Org"),
        d(f, "f1Misc"), d(f, "f1ConllPlusPlus"), f.getOrDefault("labelNotes", ""));
  }

  private static double d(Map<String, String> f, String key) {
    return Double.parseDouble(Objects.requireNonNull(f.get(key), key));
  }

  private static int i(Map<String, String> f, String key) {
    return Integer.parseInt(Objects.requireNonNull(f.get(key), key));
  }
}
