package verbatim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HexFormat;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import verbatim.core.input.BoundedBytes;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.ParseNeed;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.SentenceParser;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.publisher.Publishers;
import verbatim.core.quotes.AttributionCandidates;
import verbatim.core.quotes.AttributionModel;
import verbatim.core.quotes.LearnedAttributions;
import verbatim.core.quotes.RuleQuoteExtractor;

/** The options that say how documents are analysed, shared by {@code analyze} and {@code ingest}. */
final class AnalysisSettings {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--kind", paramLabel = "KIND", defaultValue = "NEWS",
      description = "What the documents are: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  DocumentKind kind;

  @Option(names = "--body-only", description = "The inputs are already clean article bodies: keep their text exactly, so offsets are offsets into the files.")
  boolean bodyOnly;

  @Option(names = "--zone", paramLabel = "ZONE",
      description = "Zone for printed local times when neither the page nor the publisher's profile says (e.g. Asia/Seoul). Without it such dates are reported as zone unknown.")
  String zone;

  @Option(names = "--publishers", paramLabel = "FILE",
      description = "Extra publisher profiles, one per line: domain<TAB>name<TAB>zone. They add to and override the built-in ones.")
  Path publishersFile;

  @Option(names = "--max-bytes", paramLabel = "N", defaultValue = "" + BoundedBytes.DEFAULT_LIMIT,
      description = "Refuse documents larger than this, after gunzip (default: ${DEFAULT-VALUE}).")
  long maxBytes;

  @Option(names = "--quote-model", paramLabel = "FILE",
      description = "A learned model that finds the reports the quote rules miss and places where each report's content "
          + "begins and ends, trained on annotated news with verbatim-bench's TrainAttributionModel (verbatim ships none: "
          + "see docs/quotes.md). Without it the rules alone decide.")
  Path quoteModel;

  @Option(names = "--threads", paramLabel = "N", description = "Documents analysed at once (default: the number of cores).")
  Integer threads;

  AnalysisOptions options() {
    return new AnalysisOptions(kind, bodyOnly, zoneId(), publishers());
  }

  /**
   * The quote extractor and what it adds to the analyser's name in a corpus: without a model, the
   * rules and nothing; with one, the rules under it and the model's file name and the start of its
   * SHA-256, so that an analysis says which model made it.
   */
  record Quotes(QuoteExtractor extractor, String label) {}

  /**
   * The quotes as asked: the model's file is read once, for the model and for its label.
   *
   * @param parser parses the sentences where the model finds a report the splitter did not parse
   */
  Quotes quotes(SentenceParser parser) {
    QuoteExtractor rules = new RuleQuoteExtractor();
    if (quoteModel == null) {
      return new Quotes(rules, "");
    }
    try {
      byte[] bytes = Files.readAllBytes(quoteModel);
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes);
      return new Quotes(new LearnedAttributions(rules, AttributionModel.read(bytes, quoteModel.toString()), parser),
          ", quote model " + quoteModel.getFileName() + " sha256:" + HexFormat.of().formatHex(digest, 0, 6));
    } catch (IOException e) {
      throw new ParameterException(spec.commandLine(), "--quote-model: " + e.getMessage());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  /** The sentences to tag and parse: a quote model reads every sentence's verbs, the rules only some. */
  ParseNeed parseNeed() {
    return quoteModel == null ? new AttributionCandidates() : AttributionCandidates.forLearnedCues();
  }

  int workers() {
    int workers = threads == null ? Runtime.getRuntime().availableProcessors() : threads;
    if (workers < 1) {
      throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + workers);
    }
    return workers;
  }

  private ZoneId zoneId() {
    if (zone == null) {
      return null;
    }
    try {
      return ZoneId.of(zone);
    } catch (DateTimeException e) {
      throw new ParameterException(spec.commandLine(), "--zone: unknown zone \"" + zone + "\" (use an IANA id such as Asia/Seoul)");
    }
  }

  private Publishers publishers() {
    Publishers builtIn = Publishers.builtIn();
    if (publishersFile == null) {
      return builtIn;
    }
    try {
      return builtIn.with(publishersFile);
    } catch (IOException | IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--publishers " + publishersFile + ": " + e.getMessage());
    }
  }
}
