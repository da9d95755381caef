package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.core.model.DocumentKind;
import verbatim.index.Corpus;
import verbatim.index.Granularity;
import verbatim.index.Page;
import verbatim.index.PhraseRequest;
import verbatim.index.PhraseResult;

/** {@code verbatim phrase}: the first use of a phrase since a day, the uses before it, and its use over time. */
@Command(
    name = "phrase",
    mixinStandardHelpOptions = true,
    description = {
      "Finds when a phrase was first used since a day, and every use before and since.",
      "Shows the first use (date, issuer, the sentence with the phrase marked), the",
      "earlier uses, a timeline and counts by source, issuer and speaker. Variants",
      "are found too, and each use says which: other names of a place or person",
      "(\"the DPRK\" for \"North Korea\"), British or American spelling, \"the\" or not",
      "before a name, related expressions. --exact looks for the phrase alone."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:answered (also when the phrase is never used)", "1:the corpus could not be read",
      "2:usage error"})
final class PhraseCommand implements Callable<Integer> {
  @Parameters(paramLabel = "TEXT", arity = "1..*", description = "The phrase; quote it, or give its words.")
  List<String> words = List.of();

  @Option(names = "--since", paramLabel = "DATE", description = "List uses from this day on (YYYY-MM-DD); earlier ones are listed apart.")
  LocalDate since;

  @Option(names = "--until", paramLabel = "DATE", description = "Count and list uses up to this day (YYYY-MM-DD).")
  LocalDate until;

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: STATEMENT, PRESS_RELEASE, NEWS, TRANSCRIPT (repeatable).")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--issuer", paramLabel = "NAME", description = "Only documents ingested with this --issuer, case aside (repeatable).")
  List<String> issuers = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only documents quoting this person (repeatable); each use says who speaks the phrase when it is inside a quote.")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--source", paramLabel = "DOMAIN", description = "Only from this publisher (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--exact", description = "The phrase alone: no other names, spellings or related expressions.")
  boolean exact;

  @Option(names = "--by", paramLabel = "week|month|year", defaultValue = "MONTH", description = "Timeline periods (default: month).")
  Granularity by;

  @Option(names = "--format", paramLabel = "table|json|jsonl",
      description = "table (default on a terminal), json (default otherwise) or jsonl (the same object on one line).")
  QueryOptions.ListFormat format;

  @Option(names = "--limit", paramLabel = "N", defaultValue = "20", description = "How many uses to list, and earlier uses (1 to 1000, default: ${DEFAULT-VALUE}).")
  int limit;

  @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip this many uses first (default: ${DEFAULT-VALUE}).")
  int offset;

  @Mixin DataOption data;

  @Spec CommandSpec spec;

  private final PrintStream out;
  private final Terminal terminal;

  PhraseCommand() {
    this(System.out, Terminal.detect());
  }

  PhraseCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    PhraseRequest request = request();
    PhraseResult result;
    try (Corpus corpus = Corpus.open(data.dir)) {
      result = corpus.phrase(request);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    QueryOptions.ListFormat chosen = format != null ? format
        : terminal.stdout() ? QueryOptions.ListFormat.TABLE : QueryOptions.ListFormat.JSON;
    switch (chosen) {
      case JSON -> new Printer(out).json(result);
      case JSONL -> new Printer(out).jsonLines(List.of(result));
      case TABLE -> new PhraseTable(out, terminal.stdout()).print(request, result);
      default -> throw new AssertionError(chosen);
    }
    return Verbatim.OK;
  }

  /** The request the options make; a value the corpus would refuse is a usage error. */
  private PhraseRequest request() {
    for (String kind : kinds) {
      if (Arrays.stream(DocumentKind.values()).noneMatch(k -> k.name().equalsIgnoreCase(kind))) {
        throw new ParameterException(spec.commandLine(), "--kind: unknown kind \"" + kind + "\" (use one of "
            + Arrays.toString(DocumentKind.values()) + ")");
      }
    }
    try {
      return new PhraseRequest(String.join(" ", words), since, until, kinds, issuers, speakers, sources, exact, by,
          new Page(offset, limit));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }
}
