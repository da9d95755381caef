package verbatim.cli;

import picocli.CommandLine.Option;
import verbatim.index.Order;
import verbatim.index.Page;

/** Paging, order and output format, shared by the commands that list what the corpus holds. */
final class QueryOptions {
  @Option(names = "--format", paramLabel = "table|json|jsonl",
      description = "table (default on a terminal), json (default otherwise: one object with the total and the hits) or jsonl (one hit per line).")
  ListFormat format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many results (1 to 1000, default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many results first (default: ${DEFAULT-VALUE}).")
  int offset;

  @Option(names = "--order", paramLabel = "ORDER", defaultValue = "RELEVANCE",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}; with no query text, newest first).")
  Order order;

  Page page() {
    return new Page(offset, limit);
  }

  ListFormat format(Terminal terminal) {
    return format != null ? format : terminal.stdout() ? ListFormat.TABLE : ListFormat.JSON;
  }

  /** How a list of results is printed. */
  enum ListFormat {
    TABLE,
    JSON,
    JSONL
  }
}
