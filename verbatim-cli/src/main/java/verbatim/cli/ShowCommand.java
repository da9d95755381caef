package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;
import verbatim.index.Corpus;
import verbatim.index.Ingestion;
import verbatim.index.StoredAnalysis;

/** {@code verbatim show ID}: one stored document with everything extracted from it. */
@Command(
    name = "show",
    mixinStandardHelpOptions = true,
    description = "Shows one document of the corpus: its ingest record (when, version, copies) and its analysis (the `verbatim analyze` object).",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:shown", "1:no document with that id", "2:usage error"})
final class ShowCommand implements Callable<Integer> {
  @Parameters(paramLabel = "ID", description = "The document id (from ingest, search or quotes).")
  String id;

  @Option(names = "--format", paramLabel = "text|json", description = "text (default on a terminal) or json (default otherwise).")
  Format format;

  @Mixin DataOption data;

  enum Format {
    TEXT,
    JSON
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  ShowCommand() {
    this(System.out, System.err, Terminal.detect());
  }

  ShowCommand(PrintStream out, PrintStream err, Terminal terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    Optional<StoredAnalysis> stored;
    java.util.List<String> copies;
    try (Corpus corpus = Corpus.open(data.dir)) {
      stored = corpus.show(id);
      copies = corpus.copies(id);
    }
    if (stored.isEmpty()) {
      err.println("verbatim: no document " + id + " in " + data.dir);
      return Verbatim.SOME_FAILED;
    }
    Format chosen = format != null ? format : terminal.stdout() ? Format.TEXT : Format.JSON;
    if (chosen == Format.JSON) {
      new Printer(out).json(stored.get());
    } else {
      text(stored.get(), copies);
    }
    return Verbatim.OK;
  }

  private void text(StoredAnalysis stored, java.util.List<String> copies) {
    Ingestion i = stored.ingestion();
    Analysis analysis = stored.analysis();
    Article a = analysis.document().article();
    out.println(a.title() == null ? "(no title)" : a.title());
    out.printf("%s  %s  %s  %s%n", a.published() == null ? "(no date)" : a.published().iso(),
        analysis.document().source() == null ? "" : analysis.document().source(), i.kind(), a.language());
    if (a.url() != null) {
      out.println(a.url());
    }
    out.printf("id %s, version %d, ingested %s from %s%s%n", i.id(), i.version(), i.ingestedAt(), i.input(),
        i.issuer() == null ? "" : ", issued by " + i.issuer());
    if (copies.size() > 1) {
      out.println("copies: " + String.join(", ", copies));
    }
    out.println();
    out.println("People");
    for (Entity e : analysis.entities()) {
      if (e.type() == verbatim.core.model.EntityType.PERSON) {
        out.printf("  %-30s %s%n", Printer.cut(e.name(), 30), e.roles().isEmpty() ? "" : Printer.cut(e.roles().stream().map(verbatim.core.model.Role::display).distinct().toList().toString(), 80));
      }
    }
    out.println();
    out.println("Quotes");
    for (Quote q : analysis.quotes()) {
      out.printf("  %-9s %-28s “%s”%n", q.kind(), Printer.cut(q.speaker().label(), 28), Printer.cut(q.text(), 110));
    }
  }
}
