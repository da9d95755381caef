package verbatim.bench.quotes;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import verbatim.core.input.RawInput;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Quote;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.core.quotes.AttributionCandidates;
import verbatim.core.quotes.AttributionModel;
import verbatim.core.quotes.LearnedAttributions;
import verbatim.core.quotes.RuleQuoteExtractor;
import verbatim.corenlp.CoreNlpLinguistics;

/**
 * verbatim's own pipeline, given each article as an already clean body so that its text, and so
 * its offsets, are the file's. Each {@link Quote} is one prediction: content = its parts, cue =
 * the cue's span, source = the speaker's span (either may be absent).
 */
final class Verbatim implements AttributionSystem {
  private final Pipeline pipeline;
  private final String settings;
  private final AtomicInteger misaligned = new AtomicInteger();

  /**
   * Builds the pipeline and waits for its models, so that the first document is not the one to pay.
   *
   * @param quoteModel a learned model to use with the rules, or {@code null} for the rules alone
   * @param cueThreshold the model's cue threshold instead of its own, or {@code null}
   * @param reportThreshold the model's report threshold instead of its own, or {@code null}
   */
  Verbatim(Path quoteModel, Double cueThreshold, Double reportThreshold) {
    QuoteExtractor quotes = new RuleQuoteExtractor();
    Linguistics linguistics = CoreNlpLinguistics.english(
        quoteModel == null ? new AttributionCandidates() : AttributionCandidates.forLearnedCues());
    String learned = "";
    if (quoteModel != null) {
      try {
        AttributionModel model = AttributionModel.load(quoteModel);
        model = model.withThresholds(cueThreshold == null ? model.cueThreshold() : cueThreshold,
            reportThreshold == null ? model.reportThreshold() : reportThreshold);
        quotes = new LearnedAttributions(quotes, model, linguistics.parser());
        learned = ", quote model " + quoteModel + " (cue threshold " + model.cueThreshold() + ", report threshold "
            + model.reportThreshold() + ")";
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    settings = "Pipeline.standard(NEWS, bodyOnly=true, zone=null, built-in publishers), CoreNlpLinguistics.english("
        + (quoteModel == null ? "rules' sentences tagged" : "every sentence tagged") + ")" + learned;
    pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.NEWS, true, null, Publishers.builtIn()),
        linguistics, quotes);
    // long and plainly English, so that the language guess lets it reach the NER model and wait for it
    attribute("The mayor of Boston met the governor of New York on Monday to discuss the new bridge. "
        + "\u201cThe models are loaded and the work can begin,\u201d the mayor said after the meeting. "
        + "The governor told reporters that the state would pay for half of the project.");
    misaligned.set(0);
  }

  @Override
  public List<PredictedAttribution> attribute(String documentText) {
    Outcome outcome = pipeline.analyze(new RawInput("polnear", documentText.getBytes(StandardCharsets.UTF_8), null));
    if (outcome instanceof Outcome.Failed failed) {
      throw new IllegalStateException("verbatim could not analyse the document: " + failed.reason());
    }
    Analysis analysis = ((Outcome.Analyzed) outcome).analysis();
    if (!analysis.document().article().text().equals(documentText)) {
      // offsets would not index the gold text; counted and reported rather than silently scored
      misaligned.incrementAndGet();
    }
    List<PredictedAttribution> out = new ArrayList<>();
    for (Quote quote : analysis.quotes()) {
      out.add(new PredictedAttribution(quote.speaker().span(), quote.cue() == null ? null : quote.cue().span(),
          quote.parts(), quote.kind().name(), quote.rule()));
    }
    return out;
  }

  @Override
  public String name() {
    return "verbatim";
  }

  @Override
  public String settings() {
    return settings;
  }

  @Override
  public String notes() {
    int n = misaligned.get();
    return n == 0 ? "" : n + " documents whose analysed text differs from the file (offsets may not line up)";
  }
}
