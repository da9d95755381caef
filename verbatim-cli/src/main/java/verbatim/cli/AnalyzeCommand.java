package verbatim.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import verbatim.core.input.BoundedBytes;
import verbatim.core.input.InputException;
import verbatim.core.input.InputFiles;
import verbatim.core.input.RawInput;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.corenlp.CoreNlpLinguistics;

/** {@code verbatim analyze}: pages in, one JSON object per document out. */
@Command(
    name = "analyze",
    mixinStandardHelpOptions = true,
    description = {
      "Finds the article in each page: title, dates with their zone, byline, other-language versions and body.",
      "Reads text scrapes and HTML pages (gzip too) from files, folders (recursively) or standard input (-).",
      "Prints one JSON object per document: pretty on a terminal, JSON Lines in a pipe."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document analysed", "1:some document failed (each named on standard error)", "2:usage error"})
final class AnalyzeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(paramLabel = "FILE|DIR|-", arity = "0..*", description = "Pages to read; - or nothing for standard input.")
  List<String> inputs = List.of();

  @Option(names = "--format", paramLabel = "json|jsonl", description = "Output format (default: json on a terminal, jsonl otherwise).")
  OutputFormat format;

  @Mixin AnalysisSettings settings;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  AnalyzeCommand() {
    this(System.in, System.out, System.err, Terminal.detect());
  }

  AnalyzeCommand(InputStream stdin, PrintStream out, PrintStream err, Terminal terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    AnalysisOptions options = settings.options();
    int workers = settings.workers();
    List<String> names;
    try {
      names = InputFiles.expand(inputs.isEmpty() ? List.of(InputFiles.STDIN) : inputs);
    } catch (InputException e) {
      err.println("verbatim: " + e.getMessage());
      return Verbatim.SOME_FAILED;
    }
    Linguistics linguistics = CoreNlpLinguistics.english(settings.parseNeed());
    Pipeline pipeline = Pipeline.standard(options, linguistics, settings.quotes(linguistics.parser()).extractor());
    BoundedBytes reader = new BoundedBytes(settings.maxBytes);
    OutputFormat chosen = format != null ? format : terminal.stdout() ? OutputFormat.JSON : OutputFormat.JSONL;
    int failed = 0;
    try (DocumentWriter writer = new DocumentWriter(out, chosen);
        Progress progress = new Progress(err, terminal.stderr() && names.size() > 1, names.size())) {
      OrderedParallel<String, Outcome> parallel = new OrderedParallel<>(workers, name -> analyze(pipeline, reader, name));
      for (Outcome outcome : (Iterable<Outcome>) parallel.map(names)::iterator) {
        if (outcome instanceof Outcome.Analyzed analyzed) {
          writer.write(analyzed.analysis());
          progress.step(true);
        } else if (outcome instanceof Outcome.Failed f) {
          failed++;
          progress.step(false);
          err.println("verbatim: " + f.input() + ": " + f.reason());
        } else {
          throw new AssertionError(outcome);
        }
      }
    }
    if (terminal.stderr() && names.size() > 1) {
      err.println("verbatim: " + (names.size() - failed) + " analysed, " + failed + " failed");
    }
    return failed == 0 ? Verbatim.OK : Verbatim.SOME_FAILED;
  }

  private Outcome analyze(Pipeline pipeline, BoundedBytes reader, String name) {
    RawInput raw;
    try {
      raw = InputFiles.read(name, reader, stdin);
    } catch (InputException e) {
      return new Outcome.Failed(name, e.getMessage());
    }
    return pipeline.analyze(raw);
  }
}
