package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import verbatim.index.Corpus;
import verbatim.index.QuoteHit;
import verbatim.index.QuoteQuery;
import verbatim.index.QuoteResult;

/** {@code verbatim quotes}: who said what, with the date, the source and the sentence around it. */
@Command(
    name = "quotes",
    mixinStandardHelpOptions = true,
    description = {
      "Lists quotations and reported speech in the corpus: by speaker (every way a document names them: \"Trump\",",
      "\"the president\", \"he\" count when the document ties them to the person), about a person or place,",
      "between dates, containing words."
    })
final class QuotesCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words the quote contains.")
  List<String> words = List.of();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Who said it.")
  String speaker;

  @Option(names = "--about", paramLabel = "NAME", description = "A person, organisation or place the quote or its sentence names.")
  String about;

  @Mixin PublishedBetween days;

  @Mixin DataOption data;

  @Mixin QueryOptions query;

  private final PrintStream out;
  private final Terminal terminal;

  QuotesCommand() {
    this(System.out, Terminal.detect());
  }

  QuotesCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    QuoteQuery q = new QuoteQuery(speaker, about, days.from, days.to, words.isEmpty() ? null : String.join(" ", words),
        query.order, query.page());
    QuoteResult result;
    try (Corpus corpus = Corpus.open(data.dir)) {
      result = corpus.quotes(q);
    }
    switch (query.format(terminal)) {
      case JSON -> new Printer(out).json(result);
      case JSONL -> new Printer(out).jsonLines(result.hits());
      case TABLE -> table(result);
      default -> throw new AssertionError();
    }
    return Verbatim.OK;
  }

  private void table(QuoteResult result) {
    out.printf("%d quotes%n", result.total());
    for (QuoteHit h : result.hits()) {
      String who = h.speaker() == null ? "?" : h.speaker().name() != null ? h.speaker().name() : h.speaker().said();
      out.printf("%n%s  %-28s %-8s %s%n", SearchCommand.day(h.published()), Printer.cut(who, 28), h.kind(),
          Printer.cut(h.source(), 30));
      boolean reported = h.kind() == verbatim.core.model.QuoteKind.INDIRECT;
      out.printf(reported ? "  %s%n" : "  “%s”%n", Printer.cut(h.text(), 200)); // reported speech is not their words
      out.printf("  %s  %s#%s%n", Printer.cut(h.title(), 70), h.documentId(), h.quoteId());
    }
  }
}
