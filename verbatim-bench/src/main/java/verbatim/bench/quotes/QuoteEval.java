package verbatim.bench.quotes;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;

/**
 * Scores quote attribution on PolNeAR: for each system, exact, overlap and begin-match P/R/F1 of
 * Source, Cue and Content, the share of attributions found with the right source, load time and
 * documents per second.
 *
 * <p>Usage: {@code QuoteEval [--shared PATH] [--split dev|train|test] [--systems verbatim,corenlp]
 * [--threads N] [--limit DOCS] [--errors N] [--coref statistical|neural|fastneural] [--warmup DOCS]
 * [--quote-model FILE [--cue-threshold P] [--report-threshold P]]}. With a quote model (trained by
 * {@link TrainAttributionModel}) verbatim runs as {@code verbatim analyze --quote-model FILE}. The test split
 * is read only when asked for, and shows no error samples: rules are tuned on train or dev. Exit 0 on a completed run, 1 on missing data, 2 on bad arguments.
 */
public final class QuoteEval {
  private static final String USAGE = "usage: QuoteEval [--shared PATH] [--split dev|train|test] "
      + "[--systems verbatim,corenlp] [--threads N] [--limit DOCS] [--errors N] [--coref ALGORITHM] [--warmup DOCS] "
      + "[--quote-model FILE [--cue-threshold P] [--report-threshold P]]";
  private static final List<String> SYSTEMS = List.of("verbatim", "corenlp");

  private QuoteEval() {}

  /** The parsed command line. */
  record Options(Path shared, String split, List<String> systems, int threads, int limit, int errors,
      String coref, int warmup, Path quoteModel, Double cueThreshold,
      Double reportThreshold) {}

  public static void main(String[] args) throws IOException, InterruptedException {
    Options o = null;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
    }
    List<GoldDocument> all = Polnear.readOrExit(o.shared(), o.split());
    List<GoldDocument> documents = all.subList(0, Math.min(o.limit(), all.size()));
    // warming up reads another split, so that no timed document has been seen before
    String warmupSplit = o.split().equals("train") ? "dev" : "train";
    List<GoldDocument> warmup = o.warmup() == 0 ? List.of() : Polnear.readOrExit(o.shared(), warmupSplit);
    warmup = warmup.subList(0, Math.min(o.warmup(), warmup.size()));
    ResultTable table = new ResultTable(System.out);
    table.printHeader(o.split(), documents);
    for (String name : o.systems()) {
      System.err.println("== loading " + name);
      SystemRun.Result run = SystemRun.run(factory(name, o), warmup, documents, o.threads());
      Score score = score(documents, run.predictions());
      table.print(name, run, score);
      table.printKinds(score);
      if (name.equals("verbatim")) {
        // a TERM is a quoted phrase, not a report of speech: PolNeAR has no attribution for it
        List<List<PredictedAttribution>> statements = new ArrayList<>();
        for (List<PredictedAttribution> p : run.predictions()) {
          statements.add(p.stream().filter(a -> !"TERM".equals(a.kind())).toList());
        }
        table.print(name + ", TERM quotes left out", run, score(documents, statements));
      }
      if (name.equals("corenlp")) {
        List<List<PredictedAttribution>> stripped = new ArrayList<>();
        for (int d = 0; d < documents.size(); d++) {
          stripped.add(QuoteMarks.stripped(documents.get(d).text(), run.predictions().get(d)));
        }
        table.print(name + ", quote marks taken off its content", run, score(documents, stripped));
      }
      if (o.errors() > 0 && o.split().equals("test")) {
        System.out.println("\n(no error samples on test: it is for the final figure; take them from train or dev)");
      } else if (o.errors() > 0 && (name.equals("verbatim") || !o.systems().contains("verbatim"))) {
        ErrorSamples.print(System.out, name, documents, run.predictions(), o.errors());
      }
      System.out.flush();
    }
  }

  static Score score(List<GoldDocument> documents, List<List<PredictedAttribution>> predictions) {
    Score score = new Score();
    for (int d = 0; d < documents.size(); d++) {
      score.add(documents.get(d), predictions.get(d));
    }
    return score;
  }

  private static Supplier<AttributionSystem> factory(String name, Options o) {
    switch (name) {
      case "verbatim": return () -> new Verbatim(o.quoteModel(), o.cueThreshold(), o.reportThreshold());
      case "corenlp": return () -> new CoreNlpQuotes(o.coref());
      default: throw new AssertionError(name);
    }
  }

  static Options parse(String[] args) {
    Path shared = Path.of("../shared");
    String split = "dev";
    List<String> systems = SYSTEMS;
    int threads = 2;
    int limit = Integer.MAX_VALUE;
    int errors = 0;
    String coref = "statistical";
    int warmup = 0;
    Path quoteModel = null;
    Double cueThreshold = null;
    Double reportThreshold = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = Path.of(value(args, ++i));
        case "--split" -> split = value(args, ++i);
        case "--systems" -> systems = Arrays.asList(value(args, ++i).split(","));
        case "--threads" -> threads = count(args, ++i, 1);
        case "--limit" -> limit = count(args, ++i, 1);
        case "--errors" -> errors = count(args, ++i, 0);
        case "--coref" -> coref = value(args, ++i);
        case "--warmup" -> warmup = count(args, ++i, 0);
        case "--quote-model" -> quoteModel = Path.of(value(args, ++i));
        case "--cue-threshold" -> cueThreshold = probability(args, ++i);
        case "--report-threshold" -> reportThreshold = probability(args, ++i);
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    if (!Polnear.SPLITS.contains(split)) {
      throw new IllegalArgumentException("--split '" + split + "' is not one of " + Polnear.SPLITS);
    }
    for (String s : systems) {
      if (!SYSTEMS.contains(s)) {
        throw new IllegalArgumentException("--systems: unknown system '" + s + "', known: " + SYSTEMS);
      }
    }
    if (!List.of("statistical", "neural", "fastneural").contains(coref)) {
      throw new IllegalArgumentException("--coref '" + coref + "' is not statistical, neural or fastneural");
    }
    return new Options(shared, split, List.copyOf(systems), threads, limit, errors, coref, warmup, quoteModel,
        cueThreshold, reportThreshold);
  }

  static String value(String[] args, int i) {
    if (i >= args.length) {
      throw new IllegalArgumentException(args[i - 1] + " needs a value");
    }
    return args[i];
  }

  static double probability(String[] args, int i) {
    String v = value(args, i);
    try {
      double p = Double.parseDouble(v);
      if (p > 0 && p < 1) {
        return p;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(args[i - 1] + " needs a probability between 0 and 1, got '" + v + "'");
  }

  static int count(String[] args, int i, int least) {
    String v = value(args, i);
    try {
      int n = Integer.parseInt(v);
      if (n >= least) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(args[i - 1] + " needs an integer >= " + least + ", got '" + v + "'");
  }
}
