package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import verbatim.core.model.Role;
import verbatim.index.Corpus;
import verbatim.index.Person;

/** {@code verbatim people}: the people of the corpus, one entry per person across documents. */
@Command(
    name = "people",
    mixinStandardHelpOptions = true,
    description = "Lists the people the corpus names, one per person across documents, with the other names they go by, their roles and how often they are named and quoted.")
final class PeopleCommand implements Callable<Integer> {
  @Option(names = "--name", paramLabel = "TEXT", description = "Only people whose name or an alias contains this.")
  String name;

  @Option(names = "--format", paramLabel = "table|json|jsonl", description = "table (default on a terminal), json (default otherwise) or jsonl.")
  QueryOptions.ListFormat format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "How many people, most quoted first (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin DataOption data;

  private final PrintStream out;
  private final Terminal terminal;

  PeopleCommand() {
    this(System.out, Terminal.detect());
  }

  PeopleCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    List<Person> people;
    try (Corpus corpus = Corpus.open(data.dir)) {
      people = corpus.people(name, Math.max(0, limit));
    }
    QueryOptions.ListFormat chosen = format != null ? format : terminal.stdout() ? QueryOptions.ListFormat.TABLE : QueryOptions.ListFormat.JSON;
    switch (chosen) {
      case JSON -> new Printer(out).json(people);
      case JSONL -> new Printer(out).jsonLines(people);
      case TABLE -> {
        out.printf("%-30s %6s %6s %8s  %s%n", "person", "docs", "quotes", "mentions", "roles · also called");
        for (Person p : people) {
          String roles = p.roles().stream().map(Role::display).distinct().limit(3).collect(Collectors.joining("; "));
          String aliases = p.aliases().stream().filter(a -> !a.equals(p.name())).limit(4).collect(Collectors.joining(", "));
          out.printf("%-30s %6d %6d %8d  %s%n", Printer.cut(p.name(), 30), p.documents(), p.quotes(), p.mentions(),
              Printer.cut(roles + (aliases.isEmpty() ? "" : " · " + aliases), 80));
        }
      }
      default -> throw new AssertionError();
    }
    return Verbatim.OK;
  }
}
