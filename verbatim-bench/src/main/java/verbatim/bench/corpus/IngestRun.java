package verbatim.bench.corpus;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import verbatim.core.model.Analysis;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.IngestResult;
import verbatim.index.IngestStatus;

/**
 * Puts synthetic articles {@code from} … {@code to - 1} into a corpus in batches, by
 * {@link Corpus#addAll} or one {@link Corpus#add} at a time, committing the index every so many
 * documents. Only the time spent inside the corpus counts as ingest time; making the articles is
 * timed apart.
 */
final class IngestRun {
  /** How the documents go in. */
  enum Method { ADD_ALL, ADD }

  /** The rate so far at a point of the run. */
  record Checkpoint(int documents, double documentsPerSecond, double windowDocumentsPerSecond) {}

  /** What one run measured. */
  record Figures(Method method, int documents, double corpusSeconds, double generateSeconds, double wallSeconds,
      double cpuSeconds, Map<IngestStatus, Long> statuses, List<Checkpoint> checkpoints) {
    double documentsPerSecond() {
      return documents / corpusSeconds;
    }
  }

  private final Corpus corpus;
  private final SyntheticNews news;
  private final IngestMeta meta;
  private final int batch;
  private final int commitEvery;
  private final PrintStream progress;

  IngestRun(Corpus corpus, SyntheticNews news, IngestMeta meta, int batch, int commitEvery, PrintStream progress) {
    this.corpus = corpus;
    this.news = news;
    this.meta = meta;
    this.batch = batch;
    this.commitEvery = commitEvery;
    this.progress = progress;
  }

  Figures run(Method method, int from, int to, int checkpointEvery) throws IOException {
    Map<IngestStatus, Long> statuses = new EnumMap<>(IngestStatus.class);
    List<Checkpoint> checkpoints = new ArrayList<>();
    long inCorpus = 0;
    long generating = 0;
    long wallStart = System.nanoTime();
    long cpuStart = cpuNanos();
    long windowCorpus = 0;
    int windowStart = from;
    for (int next = from; next < to; ) {
      int end = Math.min(to, next + batch);
      long t0 = System.nanoTime();
      List<Analysis> articles = new ArrayList<>(end - next);
      for (int i = next; i < end; i++) {
        articles.add(news.article(i));
      }
      long t1 = System.nanoTime();
      List<IngestResult> results = add(method, articles);
      if (end / commitEvery > next / commitEvery || end == to) {
        corpus.commit();
      }
      long t2 = System.nanoTime();
      generating += t1 - t0;
      inCorpus += t2 - t1;
      windowCorpus += t2 - t1;
      for (IngestResult r : results) {
        statuses.merge(r.status(), 1L, Long::sum);
      }
      if (end / checkpointEvery > next / checkpointEvery || end == to) {
        Checkpoint c = new Checkpoint(end, (end - from) / (inCorpus / 1e9), (end - windowStart) / (windowCorpus / 1e9));
        checkpoints.add(c);
        Runtime rt = Runtime.getRuntime();
        progress.printf("  %,d documents: %.1f docs/s so far, %.1f in the last %,d; heap %,d MB%n", end,
            c.documentsPerSecond(), c.windowDocumentsPerSecond(), end - windowStart,
            (rt.totalMemory() - rt.freeMemory()) >> 20);
        windowStart = end;
        windowCorpus = 0;
      }
      next = end;
    }
    return new Figures(method, to - from, inCorpus / 1e9, generating / 1e9, (System.nanoTime() - wallStart) / 1e9,
        (cpuNanos() - cpuStart) / 1e9, statuses, checkpoints);
  }

  private List<IngestResult> add(Method method, List<Analysis> articles) throws IOException {
    if (method == Method.ADD_ALL) {
      return corpus.addAll(articles, meta);
    }
    List<IngestResult> out = new ArrayList<>(articles.size());
    for (Analysis a : articles) {
      out.add(corpus.add(a, meta));
    }
    return out;
  }

  /** CPU time of the whole JVM, Lucene's merge threads and the collector included. */
  static long cpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }
}
