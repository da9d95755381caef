package verbatim.cli;

import java.time.LocalDate;
import picocli.CommandLine.Option;

/** {@code --from DATE --to DATE}: the publication days a query keeps, both optional. */
final class PublishedBetween {
  @Option(names = "--from", paramLabel = "DATE", description = "Published on or after this day (YYYY-MM-DD).")
  LocalDate from;

  @Option(names = "--to", paramLabel = "DATE", description = "Published on or before this day (YYYY-MM-DD).")
  LocalDate to;
}
