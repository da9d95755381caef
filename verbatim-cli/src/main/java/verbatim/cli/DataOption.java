package verbatim.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** {@code --data DIR}: where the corpus lives. */
final class DataOption {
  @Option(names = "--data", paramLabel = "DIR", defaultValue = "verbatim-data",
      description = "The corpus folder: a ledger and a search index (default: ./${DEFAULT-VALUE}).")
  Path dir;
}
