package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import verbatim.index.Corpus;
import verbatim.index.Trend;
import verbatim.index.TrendQuery;
import verbatim.index.TrendResult;

/** {@code verbatim trends}: the phrases whose use rose most against the period before. */
@Command(
    name = "trends",
    mixinStandardHelpOptions = true,
    description = {
      "The phrases of one to three words whose use rose most between --from and --to, against the period of the same",
      "length just before, ranked by a log-likelihood test on the number of texts using them (10.83 and above: p < 0.001).",
      "A publisher's boilerplate (phrases most of its texts carry in both periods) is left out.",
      "With --speaker, the texts are what that person is quoted saying."
    })
final class TrendsCommand implements Callable<Integer> {
  @Option(names = "--from", paramLabel = "DATE", required = true, description = "First day of the period (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", required = true, description = "Last day of the period (YYYY-MM-DD).")
  LocalDate to;

  @Option(names = "--source", paramLabel = "DOMAIN", description = "Only from this publisher (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only what this person is quoted saying.")
  String speaker;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "25", description = "How many phrases (default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--format", paramLabel = "table|json", description = "table (default on a terminal) or json (default otherwise).")
  QueryOptions.ListFormat format;

  @Mixin DataOption data;

  private final PrintStream out;
  private final Terminal terminal;

  TrendsCommand() {
    this(System.out, Terminal.detect());
  }

  TrendsCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    TrendResult result;
    try (Corpus corpus = Corpus.open(data.dir)) {
      result = corpus.trends(new TrendQuery(from, to, sources, speaker, limit));
    }
    QueryOptions.ListFormat chosen = format != null ? format : terminal.stdout() ? QueryOptions.ListFormat.TABLE : QueryOptions.ListFormat.JSON;
    switch (chosen) {
      case JSON -> new Printer(out).json(result);
      case JSONL -> new Printer(out).jsonLines(result.phrases());
      case TABLE -> {
        out.printf("%s to %s: %d texts, against %d from %s to %s%s%n", result.from(), result.to(), result.texts(),
            result.previousTexts(), result.previousFrom(), result.previousTo(), result.sampled() ? " (sampled)" : "");
        out.printf("%n%-40s %8s %8s %8s%n", "phrase", "texts", "before", "G²");
        for (Trend t : result.phrases()) {
          out.printf("%-40s %8d %8d %8.1f%n", Printer.cut(t.phrase(), 40), t.documents(), t.previousDocuments(), t.logLikelihood());
        }
      }
      default -> throw new AssertionError();
    }
    return Verbatim.OK;
  }
}
