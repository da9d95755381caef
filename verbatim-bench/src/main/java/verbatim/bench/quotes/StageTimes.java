package verbatim.bench.quotes;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import verbatim.core.extract.html.HtmlArticleExtractor;
import verbatim.core.extract.html.HtmlMetadataReader;
import verbatim.core.extract.html.ScoredMainContent;
import verbatim.core.extract.text.TextScrapeExtractor;
import verbatim.core.input.RawInput;
import verbatim.core.language.LanguageGuesser;
import verbatim.core.language.OpenNlpLanguageGuesser;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.EntityRecognizer;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.SentenceParser;
import verbatim.core.nlp.SentenceSplitter;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.core.quotes.AttributionCandidates;
import verbatim.core.quotes.AttributionModel;
import verbatim.core.quotes.LearnedAttributions;
import verbatim.core.quotes.RuleQuoteExtractor;
import verbatim.corenlp.CoreNlpSentenceSplitter;
import verbatim.corenlp.CrfEntityRecognizer;

/**
 * Where the time of {@code verbatim analyze --body-only} goes, stage by stage, on a PolNeAR split:
 * one thread, the same documents round after round, so that the first round shows the cold cost
 * (the JIT's work, caches filling) and the later ones the warm. Each stage is timed where the
 * pipeline calls it, wall clock; the rest is everything else (decoding, extraction, entity
 * linking, dates). A sampling profiler on this machine put CoreNLP's time on lines that do not
 * hold it; this says which stage to work on, not which line.
 *
 * <p>{@code java -cp "$CP" verbatim.bench.quotes.StageTimes --shared ../shared --split dev [--rounds 3]
 * [--quote-model FILE]}
 */
public final class StageTimes {
  private final Map<String, AtomicLong> nanos = new LinkedHashMap<>();

  private StageTimes() {
    for (String stage : List.of("tokens, tags and parses", "entity mentions", "language", "quote rules",
        "learned layer", "learned reports' parses")) {
      nanos.put(stage, new AtomicLong());
    }
  }

  public static void main(String[] args) throws IOException {
    Path shared = Path.of("../shared");
    String split = "dev";
    int rounds = 3;
    Path quoteModel = null;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = Path.of(QuoteEval.value(args, ++i));
        case "--split" -> split = QuoteEval.value(args, ++i);
        case "--rounds" -> rounds = QuoteEval.count(args, ++i, 1);
        case "--quote-model" -> quoteModel = Path.of(QuoteEval.value(args, ++i));
        default -> throw new IllegalArgumentException("unknown argument '" + args[i] + "'");
      }
    }
    List<GoldDocument> documents = Polnear.readOrExit(shared, split);
    new StageTimes().run(documents, quoteModel, rounds);
  }

  private void run(List<GoldDocument> documents, Path quoteModel, int rounds) throws IOException {
    CoreNlpSentenceSplitter splitter = new CoreNlpSentenceSplitter(
        quoteModel == null ? new AttributionCandidates() : AttributionCandidates.forLearnedCues());
    EntityRecognizer recognizer = CrfEntityRecognizer.conll();
    OpenNlpLanguageGuesser guesser = new OpenNlpLanguageGuesser();
    SentenceSplitter split = text -> timed("tokens, tags and parses", () -> splitter.split(text));
    EntityRecognizer mentions = (text, sentences) -> timed("entity mentions", () -> recognizer.recognize(text, sentences));
    SentenceParser lateParses = sentence -> timed("learned reports' parses", () -> splitter.parse(sentence));
    LanguageGuesser language = text -> timed("language", () -> guesser.guess(text));
    QuoteExtractor rules = new RuleQuoteExtractor();
    QuoteExtractor timedRules = (text, sentences, entities) -> timed("quote rules", () -> rules.extract(text, sentences, entities));
    QuoteExtractor quotes = timedRules;
    if (quoteModel != null) {
      QuoteExtractor learned = new LearnedAttributions(timedRules, AttributionModel.load(quoteModel), lateParses);
      // the rules and the late parses run inside the learned layer and are taken off its time below
      quotes = (text, sentences, entities) -> timed("learned layer", () -> learned.extract(text, sentences, entities));
    }
    Pipeline pipeline = new Pipeline(new AnalysisOptions(DocumentKind.NEWS, true, null, Publishers.builtIn()),
        new HtmlArticleExtractor(new HtmlMetadataReader(), new ScoredMainContent()), TextScrapeExtractor.standard(),
        language, new Linguistics(split, mentions, lateParses, Set.of("en")), quotes);
    System.out.printf("PolNeAR, %d documents, one thread, %s%n", documents.size(),
        quoteModel == null ? "rules alone (the rules' sentences tagged)" : "quote model " + quoteModel + " (every sentence tagged)");
    for (int round = 0; round < rounds; round++) {
      nanos.values().forEach(n -> n.set(0));
      long start = System.nanoTime();
      for (GoldDocument d : documents) {
        Outcome outcome = pipeline.analyze(new RawInput(d.name(), d.text().getBytes(StandardCharsets.UTF_8), null));
        if (outcome instanceof Outcome.Failed failed) {
          System.err.println(d.name() + ": " + failed.reason());
        }
      }
      report(round, documents.size(), System.nanoTime() - start);
    }
  }

  private void report(int round, int documents, long total) {
    Map<String, Long> own = new LinkedHashMap<>();
    nanos.forEach((stage, n) -> own.put(stage, n.get()));
    if (own.get("learned layer") > 0) {
      own.put("learned layer", own.get("learned layer") - own.get("quote rules") - own.get("learned reports' parses"));
    }
    long rest = total - own.values().stream().mapToLong(Long::longValue).sum();
    own.put("the rest", rest);
    StringBuilder line = new StringBuilder(String.format("round %d (%s): %.2f s, %.1f documents/s;", round,
        round == 0 ? "cold" : "warm", total / 1e9, documents / (total / 1e9)));
    own.forEach((stage, n) -> {
      if (n != 0) {
        line.append(String.format(" %s %.2f s (%.0f %%);", stage, n / 1e9, 100.0 * n / total));
      }
    });
    System.out.println(line);
  }

  private <T> T timed(String stage, Supplier<T> work) {
    long start = System.nanoTime();
    try {
      return work.get();
    } finally {
      nanos.get(stage).addAndGet(System.nanoTime() - start);
    }
  }
}
