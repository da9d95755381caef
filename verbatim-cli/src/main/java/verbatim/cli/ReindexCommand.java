package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import verbatim.index.Corpus;

/** {@code verbatim reindex}: the search index rebuilt from the ledger alone. */
@Command(
    name = "reindex",
    mixinStandardHelpOptions = true,
    description = "Throws the search index away and builds it again from the ledger, the corpus's source of truth (after an upgrade, or if the index was damaged).")
final class ReindexCommand implements Callable<Integer> {
  @Mixin DataOption data;

  private final PrintStream err;

  ReindexCommand() {
    this(System.err);
  }

  ReindexCommand(PrintStream err) {
    this.err = err;
  }

  @Override
  public Integer call() throws IOException {
    long started = System.nanoTime();
    try (Corpus corpus = Corpus.open(data.dir)) {
      long records = corpus.reindex();
      err.printf("verbatim: %s: index rebuilt from %d ledger records in %.1f s%n", data.dir, records,
          (System.nanoTime() - started) / 1e9);
    }
    return Verbatim.OK;
  }
}
