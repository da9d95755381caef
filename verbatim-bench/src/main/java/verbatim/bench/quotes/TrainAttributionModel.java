package verbatim.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import opennlp.tools.ml.EventTrainer;
import opennlp.tools.ml.TrainerFactory;
import opennlp.tools.ml.maxent.quasinewton.QNTrainer;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.util.ObjectStreamUtils;
import opennlp.tools.util.TrainingParameters;
import verbatim.core.input.RawInput;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceParser;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.core.quotes.AttributionCandidates;
import verbatim.core.quotes.AttributionModel;
import verbatim.core.quotes.CueCandidates;
import verbatim.core.quotes.VerbGroups;
import verbatim.core.quotes.EdgeCandidates;
import verbatim.core.quotes.LearnedAttributions;
import verbatim.core.quotes.RuleQuoteExtractor;
import verbatim.corenlp.CoreNlpLinguistics;

/**
 * Trains verbatim's learned quote model ({@link AttributionModel}) on PolNeAR's train split (or
 * train and dev, once settings have been chosen on dev). verbatim's
 * rules run over each document as {@code verbatim analyze --body-only} runs them; then
 * <ul>
 *   <li>each verb or noun the rules did not take as a cue ({@link CueCandidates}) is a cue if it
 *       overlaps a gold Cue;
 *   <li>for every report whose content overlaps a gold Content span, and for every such word with
 *       the first guess at its content, the gold span's first and last characters are the edges
 *       the model must learn to prefer among the candidates ({@link EdgeCandidates}). A report
 *       whose gold edge is not among its candidates teaches nothing and is counted, not used.
 * </ul>
 *
 * <p>The model learns from PolNeAR, whose data may not be redistributed: it is written where the
 * user asks and is never part of verbatim.
 *
 * <p>Usage: {@code TrainAttributionModel --out FILE [--shared PATH] [--split train|train,dev] [--threads N]
 * [--iterations N] [--cutoff N] [--cue-threshold P] [--report-threshold P] [--l1 C] [--l2 C]}.
 * Exit 0 when the model is written, 1 on missing data, 2 on bad
 * arguments.
 */
public final class TrainAttributionModel {
  private static final String USAGE = "usage: TrainAttributionModel --out FILE [--shared PATH] [--split train|train,dev] "
      + "[--threads N] [--iterations N] [--cutoff N] [--cue-threshold P] [--report-threshold P] [--l1 C] [--l2 C]";

  private TrainAttributionModel() {}

  record Options(Path out, Path shared, List<String> splits, int threads, int iterations, int cutoff,
      double cueThreshold, double reportThreshold, double l1, double l2) {}

  /** The training events of one document, kept apart so that the order, and so the model, never depends on threads. */
  record DocumentEvents(List<Event> cues, List<Event> begins, List<Event> ends, int reports, int beginsFound,
      int endsFound) {}

  public static void main(String[] args) throws Exception {
    Options o;
    try {
      o = parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.err.println(USAGE);
      System.exit(2);
      return;
    }
    List<GoldDocument> documents = new ArrayList<>();
    for (String split : o.splits()) {
      documents.addAll(Polnear.readOrExit(o.shared(), split));
    }
    long start = System.nanoTime();
    List<DocumentEvents> perDocument = collect(documents, o.threads());
    List<Event> cues = new ArrayList<>();
    List<Event> begins = new ArrayList<>();
    List<Event> ends = new ArrayList<>();
    int reports = 0;
    int beginsFound = 0;
    int endsFound = 0;
    for (DocumentEvents d : perDocument) {
      cues.addAll(d.cues());
      begins.addAll(d.begins());
      ends.addAll(d.ends());
      reports += d.reports();
      beginsFound += d.beginsFound();
      endsFound += d.endsFound();
    }
    long positive = cues.stream().filter(e -> e.getOutcome().equals(AttributionModel.YES)).count();
    System.err.printf("%d documents analysed in %.0f s: %d verbs and nouns outside the rules' cues, %d of them gold cues; "
        + "%d reports overlap a gold Content, its begin is a candidate for %d, its end for %d; %d begin and %d end events%n",
        documents.size(), (System.nanoTime() - start) / 1e9, cues.size(), positive, reports, beginsFound, endsFound,
        begins.size(), ends.size());
    AttributionModel model = new AttributionModel(train("cue", 1, cues, o), o.cueThreshold(), o.reportThreshold(),
        train("content begin", 2, begins, o), train("content end", 3, ends, o));
    model.save(o.out());
    System.err.println("written " + o.out().toAbsolutePath());
  }

  /** Trains one of the three models, saying on a terminal which one and how long it took: each takes minutes. */
  private static MaxentModel train(String what, int step, List<Event> events, Options o) throws IOException {
    boolean terminal = System.console() != null;
    if (terminal) {
      System.err.printf("training the %s model on %d events (%d of 3) ... ", what, events.size(), step);
    }
    long start = System.nanoTime();
    MaxentModel model = train(events, o);
    if (terminal) {
      System.err.printf("%.0f s%n", (System.nanoTime() - start) / 1e9);
    }
    return model;
  }

  private static MaxentModel train(List<Event> events, Options o) throws IOException {
    TrainingParameters params = new TrainingParameters();
    params.put(TrainingParameters.ALGORITHM_PARAM, QNTrainer.MAXENT_QN_VALUE);
    params.put(TrainingParameters.ITERATIONS_PARAM, o.iterations());
    params.put(TrainingParameters.CUTOFF_PARAM, o.cutoff());
    params.put(TrainingParameters.THREADS_PARAM, o.threads());
    params.put(QNTrainer.L1COST_PARAM, o.l1());
    params.put(QNTrainer.L2COST_PARAM, o.l2());
    EventTrainer trainer = TrainerFactory.getEventTrainer(params, new HashMap<>());
    return trainer.train(ObjectStreamUtils.createObjectStream(events));
  }

  /** Runs the pipeline over every document, with an extractor that turns its reports into events. */
  static List<DocumentEvents> collect(List<GoldDocument> documents, int threads) throws Exception {
    Map<String, GoldDocument> byText = new ConcurrentHashMap<>();
    for (GoldDocument d : documents) {
      byText.put(d.text(), d);
    }
    Map<String, DocumentEvents> events = new ConcurrentHashMap<>();
    QuoteExtractor rules = new RuleQuoteExtractor();
    // every sentence tagged, as where the model is used: its cues are any verb or noun
    Linguistics linguistics = CoreNlpLinguistics.english(AttributionCandidates.forLearnedCues());
    QuoteExtractor recording = (text, sentences, entities) -> {
      List<Quote> quotes = rules.extract(text, sentences, entities);
      GoldDocument gold = byText.get(text);
      if (gold != null) {
        events.put(gold.name(), events(gold, text, sentences, quotes, linguistics.parser()));
      }
      return quotes;
    };
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.NEWS, true, null, Publishers.builtIn()),
        linguistics, recording);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    AtomicInteger done = new AtomicInteger();
    // progress on a terminal only: a log or a pipe gets the summary line alone
    boolean terminal = System.console() != null;
    long start = System.nanoTime();
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (GoldDocument d : documents) {
        futures.add(pool.submit(() -> {
          Outcome outcome = pipeline.analyze(new RawInput(d.name(), d.text().getBytes(StandardCharsets.UTF_8), null));
          if (outcome instanceof Outcome.Failed failed) {
            System.err.println(d.name() + ": not analysed: " + failed.reason());
          }
          int n = done.incrementAndGet();
          if (terminal && (n % 20 == 0 || n == documents.size())) {
            double rate = n / ((System.nanoTime() - start) / 1e9);
            System.err.printf("\r%d of %d documents, %.1f/s, %.0f s left ", n, documents.size(), rate,
                (documents.size() - n) / rate);
          }
        }));
      }
      for (Future<?> f : futures) {
        f.get();
      }
      if (terminal) {
        System.err.println();
      }
    } finally {
      pool.shutdown();
    }
    List<DocumentEvents> out = new ArrayList<>();
    for (GoldDocument d : documents) {
      DocumentEvents e = events.get(d.name());
      if (e != null) {
        out.add(e);
      }
    }
    return out;
  }

  static DocumentEvents events(GoldDocument gold, String text, List<Sentence> sentences, List<Quote> quotes,
      SentenceParser parser) {
    List<Region> contents = new ArrayList<>();
    List<Region> cueRegions = new ArrayList<>();
    List<Region> cueContents = new ArrayList<>();
    for (GoldAttribution a : gold.attributions()) {
      Region first = null;
      for (Region r : a.content()) {
        Region normalized = r.normalized(text);
        if (normalized != null) {
          contents.add(normalized);
          first = first == null ? normalized : first;
        }
      }
      if (a.cue() != null && first != null) {
        cueRegions.add(a.cue());
        cueContents.add(first);
      }
    }
    List<Event> cues = new ArrayList<>();
    List<Event> begins = new ArrayList<>();
    List<Event> ends = new ArrayList<>();
    int reports = 0;
    int beginsFound = 0;
    int endsFound = 0;
    List<CueCandidates.Candidate> seedCues = new ArrayList<>();
    List<Region> seedTargets = new ArrayList<>();
    List<CueCandidates.Candidate> candidates = CueCandidates.find(text, sentences, quotes);
    Map<Integer, CueCandidates.Candidate> candidateAt = VerbGroups.byBegin(candidates);
    Set<Integer> groupsSeeded = new HashSet<>();
    for (CueCandidates.Candidate c : candidates) {
      Region verb = new Region(List.of(c.span()));
      int matched = -1;
      for (int k = 0; k < cueRegions.size() && matched < 0; k++) {
        matched = cueRegions.get(k).overlap(verb) > 0 ? k : -1;
      }
      cues.add(new Event(matched >= 0 ? AttributionModel.YES : AttributionModel.NO, c.features()));
      // a report per verb group, as the model will make them: "has said" is one
      CueCandidates.Candidate group = matched >= 0 ? VerbGroups.of(c, candidateAt) : null;
      if (group != null && CueCandidates.seedContent(group) != null && groupsSeeded.add(group.span().end())) {
        seedCues.add(group);
        // the gold content of the cue the verb is, not whichever overlaps most
        seedTargets.add(cueContents.get(matched));
      }
    }
    // a learned report's sentence is parsed when the model finds it; the gold cues stand in for what it will find
    Map<Sentence, Sentence> parsed = LearnedAttributions.parsing(seedCues.stream().map(c -> c.sentence()).toList(), parser);
    List<Quote> seeds = new ArrayList<>();
    for (CueCandidates.Candidate c : seedCues) {
      Span seed = CueCandidates.seedContent(c, parsed.get(c.sentence()));
      seeds.add(new Quote("seed", QuoteKind.INDIRECT, seed.of(text), List.of(seed), new Speaker.Unknown(),
          new Cue(c.span(), c.span().of(text)), CueCandidates.RULE, 1));
    }
    EdgeCandidates edges = new EdgeCandidates(text, sentences.stream().map(s -> parsed.getOrDefault(s, s)).toList());
    List<Quote> all = new ArrayList<>(seeds);
    all.addAll(quotes);
    for (int n = 0; n < all.size(); n++) {
      Quote q = all.get(n);
      if (!edges.applies(q)) {
        continue;
      }
      Region target = n < seeds.size() ? seedTargets.get(n) : contentOfCue(q, cueRegions, cueContents);
      if (target == null || target.overlap(new Region(q.parts())) == 0) {
        target = mostOverlapping(contents, new Region(q.parts()));
      }
      if (target == null) {
        continue;
      }
      reports++;
      beginsFound += add(begins, edges.begins(q), target.begin()) ? 1 : 0;
      endsFound += add(ends, edges.ends(q), target.end()) ? 1 : 0;
    }
    return new DocumentEvents(cues, begins, ends, reports, beginsFound, endsFound);
  }

  /** The gold content of the attribution whose cue the report's cue overlaps: nested reports each keep their own. */
  private static Region contentOfCue(Quote q, List<Region> cueRegions, List<Region> cueContents) {
    if (q.cue() == null) {
      return null;
    }
    Region cue = new Region(List.of(q.cue().span()));
    for (int k = 0; k < cueRegions.size(); k++) {
      if (cueRegions.get(k).overlap(cue) > 0) {
        return cueContents.get(k);
      }
    }
    return null;
  }

  private static Region mostOverlapping(List<Region> contents, Region predicted) {
    Region best = null;
    int most = 0;
    for (Region g : contents) {
      int shared = g.overlap(predicted);
      if (shared > most) {
        most = shared;
        best = g;
      }
    }
    return best;
  }

  private static boolean add(List<Event> to, List<EdgeCandidates.Candidate> options, int gold) {
    if (options.stream().noneMatch(c -> c.offset() == gold)) {
      return false;
    }
    for (EdgeCandidates.Candidate c : options) {
      to.add(new Event(c.offset() == gold ? AttributionModel.YES : AttributionModel.NO, c.features()));
    }
    return true;
  }

  static Options parse(String[] args) {
    Path out = null;
    Path shared = Path.of("../shared");
    String split = "train";
    int threads = 2;
    int iterations = 150;
    // chosen on dev with the model trained on train (docs/benchmarks.md)
    int cutoff = 3;
    double cueThreshold = 0.4;
    double reportThreshold = 0.35;
    double l1 = 1;
    double l2 = 1;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--out" -> out = Path.of(QuoteEval.value(args, ++i));
        case "--shared" -> shared = Path.of(QuoteEval.value(args, ++i));
        case "--split" -> split = QuoteEval.value(args, ++i);
        case "--threads" -> threads = QuoteEval.count(args, ++i, 1);
        case "--iterations" -> iterations = QuoteEval.count(args, ++i, 1);
        case "--cutoff" -> cutoff = QuoteEval.count(args, ++i, 1);
        case "--cue-threshold" -> cueThreshold = QuoteEval.probability(args, ++i);
        case "--report-threshold" -> reportThreshold = QuoteEval.probability(args, ++i);
        case "--l1" -> l1 = Double.parseDouble(QuoteEval.value(args, ++i));
        case "--l2" -> l2 = Double.parseDouble(QuoteEval.value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    if (out == null) {
      throw new IllegalArgumentException("--out FILE is required");
    }
    List<String> splits = List.of(split.split(","));
    for (String s : splits) {
      if (s.equals("test")) {
        throw new IllegalArgumentException("--split test: the test split is for the final figure, never for training");
      }
      if (!Polnear.SPLITS.contains(s)) {
        throw new IllegalArgumentException("--split '" + s + "' is not train or dev");
      }
    }
    return new Options(out, shared, splits, threads, iterations, cutoff, cueThreshold, reportThreshold, l1, l2);
  }
}
