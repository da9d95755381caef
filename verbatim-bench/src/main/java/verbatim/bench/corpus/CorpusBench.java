package verbatim.bench.corpus;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import verbatim.core.json.AnalysisJson;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.QuoteQuery;
import verbatim.index.SearchQuery;

/**
 * The corpus at scale, on synthetic news: ingest rate by {@link Corpus#addAll} (and by
 * {@link Corpus#add} beside it at the same size), ledger and index bytes a document, live and peak
 * heap, close and reopen times, and p50 / p99 / max latency of a fixed mix of searches and quote
 * queries after a warm-up, one client.
 *
 * <p>Usage: {@code CorpusBench --data DIR [--documents N] [--seed S] [--batch B] [--commit-every C]
 * [--method addAll|add] [--compare K] [--queries Q] [--warmup W] [--queries-only]}, or
 * {@code CorpusBench --jsonl FILE [--documents N] [--seed S]} to write the articles as
 * {@code verbatim analyze} JSON Lines instead. A corpus already in DIR is continued from its size,
 * the articles being the same for the same seed. Exit 0 when done, 2 on bad arguments.
 */
public final class CorpusBench {
  private static final String USAGE = "usage: CorpusBench --data DIR [--documents N] [--seed S] [--batch B] "
      + "[--commit-every C] [--method addAll|add] [--compare K] [--queries Q] [--warmup W] [--queries-only] "
      + "| --jsonl FILE [--documents N] [--seed S]";

  /** The parsed command line. */
  record Options(Path data, Path jsonl, int documents, long seed, int batch, int commitEvery,
      IngestRun.Method method, int compare, int queries, int warmup, boolean queriesOnly) {}

  private CorpusBench() {}

  public static void main(String[] args) throws IOException {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    SyntheticNews news = new SyntheticNews(o.seed());
    if (o.jsonl() != null) {
      writeJsonLines(news, o.documents(), o.jsonl());
      return;
    }
    PrintStream out = System.out;
    out.printf("machine: %d cores, max heap %,d MB, Java %s, load average %.2f%n",
        Runtime.getRuntime().availableProcessors(), Runtime.getRuntime().maxMemory() >> 20,
        System.getProperty("java.version"), loadAverage());
    out.printf("options: %s%n", o);
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);

    long t = System.nanoTime();
    Corpus corpus = Corpus.open(o.data());
    out.printf("open: %.2f s, %,d documents already%n", seconds(t), corpus.size());
    if (!o.queriesOnly()) {
      ingest(corpus, news, o, out);
    }
    out.printf("heap live after GC, corpus open after ingest: %,d MB; peak so far %,d MB%n", liveHeapMb(), peakHeapMb());
    int size = corpus.size();
    t = System.nanoTime();
    corpus.close();
    out.printf("close (index commit, merges finish): %.2f s%n", seconds(t));
    sizes(o.data(), size, out);

    t = System.nanoTime();
    corpus = Corpus.open(o.data());
    out.printf("reopen: %.2f s for %,d documents (recovery clean: %s)%n", seconds(t), corpus.size(),
        corpus.recovery().clean());
    out.printf("heap live after GC, reopened: %,d MB%n", liveHeapMb());
    try {
      queries(corpus, news.world(), o, out);
      people(corpus, out);
    } finally {
      corpus.close();
    }
    out.printf("peak heap (sum of pool peaks) %,d MB, load average %.2f%n", peakHeapMb(), loadAverage());
  }

  private static void ingest(Corpus corpus, SyntheticNews news, Options o, PrintStream out) throws IOException {
    IngestMeta meta = new IngestMeta(null, Instant.parse("2026-01-01T00:00:00Z"), "verbatim-bench synthetic");
    IngestRun run = new IngestRun(corpus, news, meta, o.batch(), o.commitEvery(), System.err);
    int start = corpus.size();
    int mainEnd = Math.max(start, o.documents() - o.compare());
    int checkpointEvery = Math.max(o.batch(), o.documents() / 10);
    if (mainEnd > start) {
      IngestRun.Figures f = run.run(o.method(), start, mainEnd, checkpointEvery);
      out.printf("ingest %s of %,d → %,d documents: %.1f docs/s in the corpus (%.1f s), making them %.1f s, "
              + "wall %.1f s, CPU %.1f s; %s%n", o.method(), start, mainEnd, f.documentsPerSecond(),
          f.corpusSeconds(), f.generateSeconds(), f.wallSeconds(), f.cpuSeconds(), f.statuses());
      for (IngestRun.Checkpoint c : f.checkpoints()) {
        out.printf("  at %,d: %.1f docs/s so far, %.1f in the last stretch%n", c.documents(), c.documentsPerSecond(),
            c.windowDocumentsPerSecond());
      }
    }
    if (o.compare() > 0 && corpus.size() < o.documents()) {
      // add and addAll alternate in rounds at the same size, so that load and merges weigh on both alike
      int rounds = 4;
      int per = o.compare() / (2 * rounds);
      double[] seconds = new double[2];
      int[] counts = new int[2];
      int next = corpus.size();
      for (int r = 0; r < rounds; r++) {
        for (IngestRun.Method m : List.of(IngestRun.Method.ADD, IngestRun.Method.ADD_ALL)) {
          IngestRun.Figures f = run.run(m, next, next + per, Integer.MAX_VALUE);
          seconds[m.ordinal()] += f.corpusSeconds();
          counts[m.ordinal()] += f.documents();
          next += per;
        }
      }
      double addAll = counts[0] / seconds[0];
      double add = counts[1] / seconds[1];
      out.printf("at %,d documents, %,d each, alternating: addAll %.1f docs/s, add %.1f docs/s, addAll/add %.2f%n",
          next, counts[0], addAll, add, addAll / add);
    }
  }

  private static void queries(Corpus corpus, World world, Options o, PrintStream out) throws IOException {
    List<QueryMix.Labelled<SearchQuery>> searches = QueryMix.searches(world, o.seed() + 1, o.queries());
    List<QueryMix.Labelled<QuoteQuery>> quotes = QueryMix.quotes(world, o.seed() + 2, o.queries());
    // a warm-up of other queries of the same kinds: JIT, caches and the searcher, not the answers
    for (QueryMix.Labelled<SearchQuery> q : QueryMix.searches(world, o.seed() + 3, o.warmup())) {
      corpus.search(q.query());
    }
    for (QueryMix.Labelled<QuoteQuery> q : QueryMix.quotes(world, o.seed() + 4, o.warmup())) {
      corpus.quotes(q.query());
    }
    Latencies searchTimes = new Latencies();
    for (QueryMix.Labelled<SearchQuery> q : searches) {
      long t = System.nanoTime();
      long found = corpus.search(q.query()).total();
      searchTimes.record(q.kind(), System.nanoTime() - t, found);
    }
    Latencies quoteTimes = new Latencies();
    for (QueryMix.Labelled<QuoteQuery> q : quotes) {
      long t = System.nanoTime();
      long found = corpus.quotes(q.query()).total();
      quoteTimes.record(q.kind(), System.nanoTime() - t, found);
    }
    out.println("| query | n | p50 ms | p99 ms | max ms | mean matches |");
    out.println("|---|---|---|---|---|---|");
    print(out, searchTimes.all("search, all"));
    QueryMix.SEARCH_KINDS.forEach(k -> print(out, searchTimes.summary(k)));
    print(out, quoteTimes.all("quotes, all"));
    QueryMix.QUOTE_KINDS.forEach(k -> print(out, quoteTimes.summary(k)));
  }

  private static void people(Corpus corpus, PrintStream out) throws IOException {
    for (int limit : new int[] {50, Integer.MAX_VALUE}) {
      List<Double> times = new ArrayList<>();
      int found = 0;
      for (int i = 0; i < 3; i++) {
        long t = System.nanoTime();
        found = (limit == Integer.MAX_VALUE ? corpus.people() : corpus.people(limit)).size();
        times.add((System.nanoTime() - t) / 1e6);
      }
      out.printf("people(%s): %s ms (3 calls), %,d people%n", limit == Integer.MAX_VALUE ? "" : limit, times, found);
    }
  }

  private static void print(PrintStream out, Latencies.Summary s) {
    out.printf("| %s | %d | %.2f | %.2f | %.2f | %,.0f |%n", s.kind(), s.queries(), s.p50Ms(), s.p99Ms(), s.maxMs(),
        s.meanHits());
  }

  private static void sizes(Path data, int n, PrintStream out) throws IOException {
    long ledger = Files.size(data.resolve("ledger.jsonl"));
    long index;
    try (Stream<Path> files = Files.walk(data.resolve("index"))) {
      index = files.filter(Files::isRegularFile).mapToLong(p -> p.toFile().length()).sum();
    }
    out.printf("bytes: ledger %,d (%,d a document), index %,d (%,d a document), %,d documents%n", ledger,
        ledger / n, index, index / n, n);
  }

  private static void writeJsonLines(SyntheticNews news, int documents, Path file) throws IOException {
    try (OutputStream os = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16);
        JsonGenerator g = new JsonFactory().createGenerator(os, JsonEncoding.UTF8)) {
      g.setRootValueSeparator(new com.fasterxml.jackson.core.io.SerializedString("\n"));
      for (int i = 0; i < documents; i++) {
        AnalysisJson.write(news.article(i), g);
      }
      g.writeRaw('\n');
    }
  }

  private static double seconds(long since) {
    return (System.nanoTime() - since) / 1e9;
  }

  private static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }

  /** Heap in use after full collections: what the open corpus holds, not what the collector has yet to free. */
  static long liveHeapMb() {
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    Runtime rt = Runtime.getRuntime();
    return (rt.totalMemory() - rt.freeMemory()) >> 20;
  }

  /** The sum of the heap pools' peaks: an upper bound, as the pools need not peak together. */
  static long peakHeapMb() {
    long bytes = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        bytes += pool.getPeakUsage().getUsed();
      }
    }
    return bytes >> 20;
  }

  static Options parse(String[] args) {
    Path data = null;
    Path jsonl = null;
    int documents = 100_000;
    long seed = 1;
    int batch = 1000;
    int commitEvery = 10_000;
    IngestRun.Method method = IngestRun.Method.ADD_ALL;
    int compare = 10_000;
    int queries = 1000;
    int warmup = 300;
    boolean queriesOnly = false;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      if (a.equals("--queries-only")) {
        queriesOnly = true;
        continue;
      }
      if (i + 1 >= args.length) {
        throw new IllegalArgumentException(a + " needs a value");
      }
      String v = args[++i];
      switch (a) {
        case "--data" -> data = Path.of(v);
        case "--jsonl" -> jsonl = Path.of(v);
        case "--documents" -> documents = positive(a, v);
        case "--seed" -> seed = Long.parseLong(v);
        case "--batch" -> batch = positive(a, v);
        case "--commit-every" -> commitEvery = positive(a, v);
        case "--method" -> method = switch (v) {
          case "addAll" -> IngestRun.Method.ADD_ALL;
          case "add" -> IngestRun.Method.ADD;
          default -> throw new IllegalArgumentException("--method is addAll or add, not " + v);
        };
        case "--compare" -> compare = Integer.parseInt(v);
        case "--queries" -> queries = positive(a, v);
        case "--warmup" -> warmup = Integer.parseInt(v);
        default -> throw new IllegalArgumentException("unknown option " + a);
      }
    }
    if ((data == null) == (jsonl == null)) {
      throw new IllegalArgumentException("give --data DIR or --jsonl FILE");
    }
    if (data != null && (compare < 0 || compare >= documents)) {
      throw new IllegalArgumentException("--compare " + compare + " is not in [0, " + documents + ")");
    }
    return new Options(data, jsonl, documents, seed, batch, commitEvery, method, compare, queries, warmup, queriesOnly);
  }

  private static int positive(String option, String value) {
    int n = Integer.parseInt(value);
    if (n < 1) {
      throw new IllegalArgumentException(option + " " + value + " is not 1 or more");
    }
    return n;
  }
}
