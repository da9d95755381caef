package verbatim.bench.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Scores our main-content extractor beside boilerpipe and Readability4J on the shared datasets,
 * all on the same pages in one run.
 *
 * <pre>
 * ExtractionEval [--shared PATH] [--dataset aeb|trafilatura|all] [--limit N]
 *                [--warmup PASSES] [--passes TIMED] [--worst N] [--only NAME] [--dump DIR]
 *                [--half even|odd]
 * </pre>
 *
 * {@code --half} keeps every other trafilatura-eval page by sorted file name (index 0, 2, ... or
 * 1, 3, ...): develop on one half, and read the other only as a held-out check against
 * overfitting. {@code --dump} also writes our per-page scores, worst first, to {@code scores.tsv}.
 *
 * Speed is pages per second on one thread, the best of {@code --passes} timed passes (3) after
 * {@code --warmup} untimed ones (1). Exit codes: 0 done, 1 a dataset could not be read, 2 bad
 * usage.
 */
public final class ExtractionEval {
  private Path shared = Path.of("../shared");
  private String dataset = "all";
  private int limit = Integer.MAX_VALUE;
  private int warmUp = 1;
  private int passes = 3;
  private int worst = 15;
  private String only;
  private Path dump;
  private String half;

  public static void main(String[] args) {
    ExtractionEval eval = new ExtractionEval();
    try {
      eval.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println("usage: ExtractionEval [--shared PATH] [--dataset aeb|trafilatura|all] [--limit N]"
          + " [--warmup PASSES] [--passes TIMED] [--worst N] [--only NAME] [--dump DIR] [--half even|odd]");
      System.exit(2);
    }
    try {
      eval.run();
    } catch (IOException e) {
      System.err.println("cannot read the datasets under " + eval.shared + ": " + e);
      System.exit(1);
    }
  }

  private void parse(String[] args) {
    for (int i = 0; i < args.length; i++) {
      String value = i + 1 < args.length ? args[i + 1] : null;
      if (value == null) {
        throw new IllegalArgumentException("option " + args[i] + " needs a value");
      }
      switch (args[i++]) {
        case "--shared" -> shared = Path.of(value);
        case "--dataset" -> dataset = oneOf("--dataset", value, "aeb", "trafilatura", "all");
        case "--half" -> half = oneOf("--half", value, "even", "odd");
        case "--limit" -> limit = positive("--limit", value);
        case "--warmup" -> warmUp = Integer.parseInt(value);
        case "--passes" -> passes = positive("--passes", value);
        case "--worst" -> worst = Integer.parseInt(value);
        case "--only" -> only = value;
        case "--dump" -> dump = Path.of(value);
        default -> throw new IllegalArgumentException("unknown option " + args[i - 1]);
      }
    }
  }

  private static String oneOf(String option, String value, String... allowed) {
    if (!List.of(allowed).contains(value)) {
      throw new IllegalArgumentException(option + " " + value + ": expected one of " + List.of(allowed));
    }
    return value;
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n <= 0) {
      throw new IllegalArgumentException(option + " " + value + ": must be at least 1");
    }
    return n;
  }

  private void run() throws IOException {
    Report report = new Report(System.out, worst);
    if (!dataset.equals("trafilatura")) {
      evaluate("article-extraction-benchmark", DatasetReader.aeb(shared, limit), report);
    }
    if (!dataset.equals("aeb")) {
      List<EvalPage> pages = DatasetReader.trafilatura(shared, limit);
      evaluate(half == null ? "trafilatura-eval" : "trafilatura-eval-" + half, half(pages), report);
    }
  }

  /** The pages of the chosen half by sorted file name, in their dataset order; all without --half. */
  private List<EvalPage> half(List<EvalPage> pages) {
    if (half == null) {
      return pages;
    }
    List<String> names = new ArrayList<>();
    pages.forEach(p -> names.add(p.id()));
    names.sort(null);
    int parity = half.equals("even") ? 0 : 1;
    java.util.Set<String> kept = new java.util.HashSet<>();
    for (int i = parity; i < names.size(); i += 2) {
      kept.add(names.get(i));
    }
    List<EvalPage> out = new ArrayList<>();
    for (EvalPage p : pages) {
      if (kept.contains(p.id())) {
        out.add(p);
      }
    }
    return out;
  }

  private void evaluate(String name, List<EvalPage> pages, Report report) throws IOException {
    List<ContenderRun> runs = new ArrayList<>();
    for (Contender contender : Contender.all()) {
      if (only == null || only.equals(contender.name())) {
        runs.add(ContenderRun.of(contender, pages, warmUp, passes));
      }
    }
    report.print(name, pages, runs);
    if (dump != null) {
      dumpOurs(name, pages, runs);
      for (ContenderRun run : runs) {
        if (run.name().equals(Contender.OURS)) {
          Files.writeString(dump.resolve(name).resolve("scores.tsv"), report.scores(pages, run), StandardCharsets.UTF_8);
        }
      }
    }
  }

  /** Our output per page, for reading beside the gold when improving the extractor. */
  private void dumpOurs(String name, List<EvalPage> pages, List<ContenderRun> runs) throws IOException {
    Path dir = Files.createDirectories(dump.resolve(name));
    for (ContenderRun run : runs) {
      if (run.name().equals(Contender.OURS)) {
        for (int i = 0; i < pages.size(); i++) {
          String file = String.format(Locale.ROOT, "%04d.txt", i);
          String text = pages.get(i).id() + "\n" + pages.get(i).url() + "\n\n" + run.outputs().get(i);
          Files.writeString(dir.resolve(file), text, StandardCharsets.UTF_8);
        }
      }
    }
  }
}
