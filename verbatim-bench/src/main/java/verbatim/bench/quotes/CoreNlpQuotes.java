package verbatim.bench.quotes;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.QuoteAttributionAnnotator;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;
import verbatim.core.model.Span;

/**
 * Stanford CoreNLP 4.5.10's quote annotator with its speaker attribution, the "CoreNLP" row of
 * CofeNet's tables. Content = the quote's characters (its quote marks included, as CoreNLP gives
 * them); source = the speaker mention the attributor chose, else its canonical mention; no cue.
 *
 * <p>Two pipelines share the work: the linguistic stages up to coreference, which are safe to run
 * on several threads at once, and the quote annotator alone, which keeps per-document state in
 * shared fields and so runs under a lock. Its step is about 1% of the time, so the lock costs
 * little and one copy of the 2.5 GB of models serves all threads.
 */
final class CoreNlpQuotes implements AttributionSystem {
  static final String ANNOTATORS = "tokenize,ssplit,pos,lemma,ner,depparse,coref";

  private final String corefAlgorithm;
  private final StanfordCoreNLP linguistics;
  private final StanfordCoreNLP quotes;
  private final ReentrantLock quoteLock = new ReentrantLock();
  private final AtomicInteger speakers = new AtomicInteger();
  private final AtomicInteger canonical = new AtomicInteger();
  private final AtomicInteger speakerTextDiffers = new AtomicInteger();
  private final AtomicLong linguisticsNanos = new AtomicLong();
  private final AtomicLong quoteNanos = new AtomicLong();

  CoreNlpQuotes(String corefAlgorithm) {
    this.corefAlgorithm = corefAlgorithm;
    Properties props = new Properties();
    props.setProperty("annotators", ANNOTATORS);
    props.setProperty("coref.algorithm", corefAlgorithm);
    linguistics = new StanfordCoreNLP(props);
    Properties quoteProps = new Properties();
    quoteProps.setProperty("annotators", "quote");
    quoteProps.setProperty("quote.attributeQuotes", "true");
    // the requirements (tokens … coref chains) are met by the first pipeline, not by this one
    quoteProps.setProperty("enforceRequirements", "false");
    quotes = new StanfordCoreNLP(quoteProps);
    attribute("Warm-up sentence. \u201cThe models are loaded,\u201d said John Smith. He left.");
    speakers.set(0);
    canonical.set(0);
    speakerTextDiffers.set(0);
    linguisticsNanos.set(0);
    quoteNanos.set(0);
  }

  @Override
  public List<PredictedAttribution> attribute(String documentText) {
    Annotation document = new Annotation(documentText);
    long start = System.nanoTime();
    linguistics.annotate(document);
    linguisticsNanos.addAndGet(System.nanoTime() - start);
    quoteLock.lock();
    try {
      start = System.nanoTime();
      quotes.annotate(document);
      quoteNanos.addAndGet(System.nanoTime() - start);
    } finally {
      quoteLock.unlock();
    }
    List<CoreLabel> tokens = document.get(CoreAnnotations.TokensAnnotation.class);
    List<CoreMap> found = document.get(CoreAnnotations.QuotationsAnnotation.class);
    List<PredictedAttribution> out = new ArrayList<>();
    for (CoreMap quote : found == null ? List.<CoreMap>of() : found) {
      Span content = new Span(quote.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          quote.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
      out.add(new PredictedAttribution(speaker(quote, tokens, documentText), null, List.of(content), null));
    }
    return out;
  }

  /**
   * The mention's characters. Mention indexes are document token indexes with an inclusive end
   * (the attributor's own {@code rangeContainsCharIndex} reads them so).
   */
  private Span speaker(CoreMap quote, List<CoreLabel> tokens, String text) {
    Integer begin = quote.get(QuoteAttributionAnnotator.MentionBeginAnnotation.class);
    Integer end = quote.get(QuoteAttributionAnnotator.MentionEndAnnotation.class);
    String said = quote.get(QuoteAttributionAnnotator.MentionAnnotation.class);
    if (begin == null || end == null) {
      begin = quote.get(QuoteAttributionAnnotator.CanonicalMentionBeginAnnotation.class);
      end = quote.get(QuoteAttributionAnnotator.CanonicalMentionEndAnnotation.class);
      said = quote.get(QuoteAttributionAnnotator.CanonicalMentionAnnotation.class);
      if (begin != null && end != null) {
        canonical.incrementAndGet();
      }
    }
    if (begin == null || end == null || begin < 0 || begin >= tokens.size() || end < begin) {
      return null;
    }
    speakers.incrementAndGet();
    int last = Math.min(end, tokens.size() - 1);
    Span span = new Span(tokens.get(begin).beginPosition(), tokens.get(last).endPosition());
    // checks the inclusive-end reading of the indexes against the text the attributor reports
    if (said != null && !squeezed(said).equals(squeezed(span.of(text)))) {
      speakerTextDiffers.incrementAndGet();
    }
    return span;
  }

  private static String squeezed(String s) {
    return s.replaceAll("\\s+", "");
  }

  @Override
  public String notes() {
    return speakers.get() + " quotes with a speaker span, " + canonical.get() + " of them from the canonical mention; "
        + speakerTextDiffers.get() + " whose span text differs from the attributor's mention text; "
        + String.format("%.0f s in the shared stages, %.0f s in the locked quote step (summed over threads)",
            linguisticsNanos.get() / 1e9, quoteNanos.get() / 1e9);
  }

  @Override
  public String name() {
    return "corenlp";
  }

  @Override
  public String settings() {
    return "CoreNLP 4.5.10: " + ANNOTATORS + " (shared by all threads), coref.algorithm=" + corefAlgorithm
        + "; then quote with quote.attributeQuotes=true under a lock; top-level quotes; source = mention, "
        + "else canonical mention; no cue";
  }
}
