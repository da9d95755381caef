package verbatim.bench.corpus;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import verbatim.core.input.RawInput;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.corenlp.CoreNlpLinguistics;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;

/**
 * Real articles through the whole pipeline, into a corpus: the rate of analysis alone, and of
 * analysis with every result added to a fresh corpus ({@link Corpus#add}, in input order, as
 * {@code verbatim ingest} does), on the same articles and threads, in alternating rounds so that a
 * change of load weighs on both. Their ratio is what storing costs on top of analysing.
 *
 * <p>Usage: {@code RealIngestBench [--shared PATH] [--limit N] [--threads T] [--rounds R] --data DIR}.
 * The articles are PolNeAR's train texts, {@code N} of them spread evenly over the sorted list.
 * Exit 0 when done, 1 when the texts are missing, 2 on bad arguments.
 */
public final class RealIngestBench {
  private static final String USAGE = "usage: RealIngestBench [--shared PATH] [--limit N] [--threads T] [--rounds R] --data DIR";

  private RealIngestBench() {}

  public static void main(String[] args) throws Exception {
    Path shared = Path.of("../shared");
    Path data = null;
    int limit = 300;
    int threads = 2;
    int rounds = 3;
    try {
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        switch (args[i]) {
          case "--shared" -> shared = Path.of(args[i + 1]);
          case "--data" -> data = Path.of(args[i + 1]);
          case "--limit" -> limit = Integer.parseInt(args[i + 1]);
          case "--threads" -> threads = Integer.parseInt(args[i + 1]);
          case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
          default -> throw new IllegalArgumentException("unknown option " + args[i]);
        }
      }
      if (data == null) {
        throw new IllegalArgumentException("--data DIR is needed: the corpora of the rounds go under it");
      }
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    Path texts = shared.resolve("datasets/polnear/data/train/text");
    if (!Files.isDirectory(texts)) {
      System.err.println("no PolNeAR train texts under " + texts.toAbsolutePath() + " (give --shared PATH)");
      System.exit(1);
    }
    List<RawInput> inputs = spread(texts, limit);
    System.out.printf("%d PolNeAR train articles, %d threads, load average %.2f%n", inputs.size(), threads,
        loadAverage());
    long t = System.nanoTime();
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.NEWS, true, null, Publishers.builtIn()),
        CoreNlpLinguistics.english());
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      // the models load on first use, and the JIT takes a while: one whole pass first, not timed
      analyse(pipeline, pool, inputs, null);
      System.out.printf("load and warm-up: %.1f s%n", (System.nanoTime() - t) / 1e9);
      double analyseSum = 0;
      double ingestSum = 0;
      for (int r = 1; r <= rounds; r++) {
        Rate analysed = timed(() -> analyse(pipeline, pool, inputs, null), inputs.size());
        Path dir = data.resolve("round-" + r);
        Rate ingested;
        try (Corpus corpus = Corpus.open(dir)) {
          ingested = timed(() -> {
            analyse(pipeline, pool, inputs, corpus);
            corpus.commit();
          }, inputs.size());
          System.out.printf("round %d: analyse %.2f docs/s (%.2f per CPU-s); analyse + add %.2f docs/s (%.2f per CPU-s);"
                  + " ratio %.3f; load average %.2f%n", r, analysed.perSecond(), analysed.perCpuSecond(),
              ingested.perSecond(), ingested.perCpuSecond(), ingested.perSecond() / analysed.perSecond(),
              loadAverage());
        }
        analyseSum += analysed.perSecond();
        ingestSum += ingested.perSecond();
        sizes(dir, inputs.size());
      }
      System.out.printf("mean over %d rounds: analyse %.2f docs/s, analyse + add %.2f docs/s, ratio %.3f%n", rounds,
          analyseSum / rounds, ingestSum / rounds, ingestSum / analyseSum);
    } finally {
      pool.shutdownNow();
    }
  }

  /** Analyses every input on the pool; with a corpus, adds each result in input order as it comes. */
  private static void analyse(Pipeline pipeline, ExecutorService pool, List<RawInput> inputs, Corpus corpus)
      throws IOException, InterruptedException, ExecutionException {
    IngestMeta meta = IngestMeta.now("verbatim-bench real");
    List<Future<Outcome>> futures = new ArrayList<>(inputs.size());
    for (RawInput input : inputs) {
      futures.add(pool.submit(() -> pipeline.analyze(input)));
    }
    for (Future<Outcome> f : futures) {
      Outcome outcome = f.get();
      if (outcome instanceof Outcome.Failed failed) {
        throw new IllegalStateException(failed.input() + " failed: " + failed.reason());
      }
      if (corpus != null) {
        Analysis analysis = ((Outcome.Analyzed) outcome).analysis();
        corpus.add(analysis, meta);
      }
    }
  }

  /** A timed pass: documents a second of wall time and a CPU-second of this JVM. */
  private record Rate(double perSecond, double perCpuSecond) {}

  @FunctionalInterface
  private interface Pass {
    void run() throws Exception;
  }

  private static Rate timed(Pass pass, int documents) throws Exception {
    long wall = System.nanoTime();
    long cpu = IngestRun.cpuNanos();
    pass.run();
    return new Rate(documents / ((System.nanoTime() - wall) / 1e9), documents / ((IngestRun.cpuNanos() - cpu) / 1e9));
  }

  private static void sizes(Path dir, int documents) throws IOException {
    long ledger = Files.size(dir.resolve("ledger.jsonl"));
    long index;
    try (Stream<Path> files = Files.walk(dir.resolve("index"))) {
      index = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    System.out.printf("  bytes a document: ledger %,d, index %,d%n", ledger / documents, index / documents);
  }

  /** {@code limit} files spread evenly over the sorted list, so that every outlet of the set is in. */
  private static List<RawInput> spread(Path texts, int limit) throws IOException {
    List<Path> all;
    try (Stream<Path> files = Files.list(texts)) {
      all = files.filter(p -> p.toString().endsWith(".txt")).sorted(Comparator.naturalOrder()).toList();
    }
    int n = Math.min(limit, all.size());
    List<RawInput> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Path p = all.get((int) ((long) i * all.size() / n));
      out.add(new RawInput(p.getFileName().toString(), Files.readAllBytes(p), null));
    }
    return out;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
