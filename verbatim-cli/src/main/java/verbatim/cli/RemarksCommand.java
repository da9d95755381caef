package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import verbatim.index.Corpus;
import verbatim.index.Page;
import verbatim.index.QuoteHit;
import verbatim.index.Remark;
import verbatim.index.RemarkQuery;
import verbatim.index.RemarkResult;

/** {@code verbatim remarks}: one utterance, every outlet's report of it, and which came first. */
@Command(
    name = "remarks",
    mixinStandardHelpOptions = true,
    description = {
      "Groups the quotes of one speaker that report the same remark in other words (published within --window days",
      "of each other, sharing most of their content words), lists every reported version with its source, and",
      "names the earliest. Most reported remarks first."
    })
final class RemarksCommand implements Callable<Integer> {
  @Option(names = "--speaker", paramLabel = "NAME", description = "Whose remarks (all speakers when left out: give a date range).")
  String speaker;

  @Mixin PublishedBetween days;

  @Option(names = "--window", paramLabel = "DAYS", defaultValue = "" + RemarkQuery.DEFAULT_WINDOW_DAYS,
      description = "How many days apart two reports of one remark may be (default: ${DEFAULT-VALUE}).")
  int window;

  @Option(names = "--similarity", paramLabel = "0..1", defaultValue = "" + RemarkQuery.DEFAULT_SIMILARITY,
      description = "How much of their content words two reports must share (default: ${DEFAULT-VALUE}).")
  double similarity;

  @Mixin DataOption data;

  @Mixin QueryOptions query;

  private final PrintStream out;
  private final Terminal terminal;

  RemarksCommand() {
    this(System.out, Terminal.detect());
  }

  RemarksCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    RemarkQuery q = new RemarkQuery(speaker, days.from, days.to, window, similarity, new Page(query.offset, query.limit));
    RemarkResult result;
    try (Corpus corpus = Corpus.open(data.dir)) {
      result = corpus.remarks(q);
    }
    switch (query.format(terminal)) {
      case JSON -> new Printer(out).json(result);
      case JSONL -> new Printer(out).jsonLines(result.remarks());
      case TABLE -> table(result);
      default -> throw new AssertionError();
    }
    return Verbatim.OK;
  }

  private void table(RemarkResult result) {
    out.printf("%d remarks in %d quotes%s%n", result.total(), result.quotes(),
        result.truncated() ? " (the first quotes only: narrow the dates)" : "");
    for (Remark r : result.remarks()) {
      out.printf("%n%s, %d report%s from %d source%s; first: %s %s%n", Printer.cut(r.speaker(), 40), r.versions().size(),
          r.versions().size() == 1 ? "" : "s", r.sources(), r.sources() == 1 ? "" : "s",
          SearchCommand.day(r.earliest().published()), Printer.cut(r.earliest().source(), 30));
      for (QuoteHit v : r.versions()) {
        String words = Printer.cut(v.text(), 120);
        out.printf("  %s  %-24s %s%n", SearchCommand.day(v.published()), Printer.cut(v.source(), 24),
            v.kind() == verbatim.core.model.QuoteKind.INDIRECT ? words : "“" + words + "”"); // reported speech is not their words
      }
    }
  }
}
