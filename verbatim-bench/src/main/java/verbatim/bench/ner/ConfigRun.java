package verbatim.bench.ner;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Measures one configuration: load time and heap after load; a first pass on one thread (the
 * warm-up, whose labels are scored); then {@code repeats} timed passes on {@code threads} threads
 * sharing the one loaded instance, of which the fastest counts, and whose labels must equal the
 * first pass's (the thread-safety check).
 */
final class ConfigRun {
  private ConfigRun() {}

  static ConfigResult measure(NerConfiguration config, List<GoldDocument> test, List<GoldDocument> corrected,
      int threads, int repeats) throws IOException, InterruptedException {
    requireSameTokens(test, corrected);
    double baselineHeap = usedHeapMb();
    long start = System.nanoTime();
    Tagger tagger = config.load();
    double loadSeconds = (System.nanoTime() - start) / 1e9;
    double heap = usedHeapMb();

    int tokens = test.stream().mapToInt(GoldDocument::tokenCount).sum();
    start = System.nanoTime();
    List<Tagging> reference = new ArrayList<>();
    for (GoldDocument document : test) {
      reference.add(tagger.tag(document));
    }
    double oneThread = tokens / ((System.nanoTime() - start) / 1e9);

    double manyThreads = 0;
    double perCpuSecond = 0;
    double loadAverage = 0;
    int differing = 0;
    for (int r = 0; r < repeats; r++) {
      start = System.nanoTime();
      long cpuStart = processCpuNanos();
      List<Tagging> timed = parallel(tagger, test, threads);
      double wall = tokens / ((System.nanoTime() - start) / 1e9);
      perCpuSecond = Math.max(perCpuSecond, tokens / ((processCpuNanos() - cpuStart) / 1e9));
      if (wall > manyThreads) {
        manyThreads = wall;
        loadAverage = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
      }
      differing += differingTokens(reference, timed);
    }

    SpanScore score = score(test, reference);
    SpanScore scorePlusPlus = score(corrected, reference);
    return new ConfigResult(config.name(), config.settings(), loadSeconds, heap, baselineHeap, tokens,
        test.stream().mapToInt(d -> d.sentences().size()).sum(),
        reference.stream().mapToInt(Tagging::misalignedSentences).sum(), oneThread, manyThreads, perCpuSecond,
        loadAverage, threads,
        differing, 100 * score.overall().precision(), 100 * score.overall().recall(),
        100 * score.overall().f1(), 100 * score.type("PER").f1(), 100 * score.type("LOC").f1(),
        100 * score.type("ORG").f1(), 100 * score.type("MISC").f1(), 100 * scorePlusPlus.overall().f1(),
        labelNotes(test, reference));
  }

  private static List<Tagging> parallel(Tagger tagger, List<GoldDocument> documents, int threads)
      throws InterruptedException {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<Tagging>> futures = new ArrayList<>();
      for (GoldDocument document : documents) {
        futures.add(pool.submit(() -> tagger.tag(document)));
      }
      List<Tagging> out = new ArrayList<>();
      for (Future<Tagging> f : futures) {
        out.add(f.get());
      }
      return out;
    } catch (ExecutionException e) {
      throw new IllegalStateException("a document failed on the " + threads + "-thread pass", e.getCause());
    } finally {
      pool.shutdownNow();
    }
  }

  /** conlleval over the corpus: gold spans from the file's tags, predicted from the mapped labels. */
  static SpanScore score(List<GoldDocument> gold, List<Tagging> predicted) {
    List<Entity> goldEntities = new ArrayList<>();
    List<Entity> predictedEntities = new ArrayList<>();
    int sentence = 0;
    for (int d = 0; d < gold.size(); d++) {
      List<GoldSentence> sentences = gold.get(d).sentences();
      for (int s = 0; s < sentences.size(); s++, sentence++) {
        goldEntities.addAll(SpanDecoder.decode(sentence, sentences.get(s).tags()));
        List<String> types = predicted.get(d).labels().get(s).stream().map(TypeMapping::conllType).toList();
        predictedEntities.addAll(SpanDecoder.decode(sentence, types));
      }
    }
    return SpanScore.of(goldEntities, predictedEntities);
  }

  private static int differingTokens(List<Tagging> a, List<Tagging> b) {
    int differing = 0;
    for (int d = 0; d < a.size(); d++) {
      for (int s = 0; s < a.get(d).labels().size(); s++) {
        List<String> x = a.get(d).labels().get(s);
        List<String> y = b.get(d).labels().get(s);
        for (int t = 0; t < x.size(); t++) {
          differing += x.get(t).equals(y.get(t)) ? 0 : 1;
        }
      }
    }
    return differing;
  }

  /**
   * For each label that is not one of the four coarse ones: how many tokens got it, and the gold
   * type of those tokens. This is the evidence behind {@link TypeMapping}.
   */
  private static String labelNotes(List<GoldDocument> gold, List<Tagging> predicted) {
    Map<String, Map<String, Integer>> counts = new TreeMap<>();
    for (int d = 0; d < gold.size(); d++) {
      for (int s = 0; s < gold.get(d).sentences().size(); s++) {
        List<String> tags = gold.get(d).sentences().get(s).tags();
        List<String> labels = predicted.get(d).labels().get(s);
        for (int t = 0; t < tags.size(); t++) {
          String label = labels.get(t);
          if (!label.equals(SpanDecoder.OUTSIDE) && !TypeMapping.isCoarse(label)) {
            String goldType = SpanDecoder.type(tags.get(t));
            counts.computeIfAbsent(label, k -> new TreeMap<>())
                .merge(goldType == null ? SpanDecoder.OUTSIDE : goldType, 1, Integer::sum);
          }
        }
      }
    }
    StringBuilder notes = new StringBuilder();
    counts.forEach((label, byGold) -> notes.append(label).append("->").append(TypeMapping.conllType(label))
        .append(TypeMapping.isListed(label) ? "" : "(unlisted)").append(" gold ").append(byGold).append("; "));
    return notes.toString().strip();
  }

  private static void requireSameTokens(List<GoldDocument> a, List<GoldDocument> b) {
    boolean same = a.size() == b.size();
    for (int d = 0; same && d < a.size(); d++) {
      List<GoldSentence> x = a.get(d).sentences();
      List<GoldSentence> y = b.get(d).sentences();
      same = x.size() == y.size();
      for (int s = 0; same && s < x.size(); s++) {
        same = x.get(s).tokens().equals(y.get(s).tokens());
      }
    }
    if (!same) {
      throw new IllegalArgumentException("the CoNLL++ test file does not have the tokens of eng.testb");
    }
  }

  /**
   * CPU time of this whole JVM (all threads, GC and JIT included): tokens per CPU-second stays
   * meaningful when other processes compete for the two cores and wall-clock speed does not.
   */
  private static long processCpuNanos() {
    if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      return os.getProcessCpuTime();
    }
    return -1;
  }

  static double usedHeapMb() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return (runtime.totalMemory() - runtime.freeMemory()) / (1024.0 * 1024.0);
  }
}
