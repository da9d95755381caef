package verbatim.cli;

import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code verbatim} command. Exit codes: 0 ok, 1 some document failed, 2 usage. */
@Command(
    name = "verbatim",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Who said what, when, and where a phrase was first said: news pages and statements as a searchable record.",
    subcommands = {AnalyzeCommand.class, IngestCommand.class, SearchCommand.class, QuotesCommand.class, PhraseCommand.class,
      PeopleCommand.class, ShowCommand.class, DiffCommand.class, RemarksCommand.class, TrendsCommand.class, ServeCommand.class,
      ReindexCommand.class, CommandLine.HelpCommand.class})
public final class Verbatim implements Runnable {
  public static final int OK = 0;
  public static final int SOME_FAILED = 1;
  public static final int USAGE = 2;

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "name a command, e.g. verbatim analyze FILE");
  }

  public static CommandLine commandLine() {
    return commandLine(CommandLine.defaultFactory());
  }

  /** The command line with commands made by {@code factory} (tests give them captured streams). */
  static CommandLine commandLine(CommandLine.IFactory factory) {
    return new CommandLine(new Verbatim(), factory)
        .setCaseInsensitiveEnumValuesAllowed(true)
        .setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException ? USAGE : SOME_FAILED)
        .setExecutionExceptionHandler((e, cli, parsed) -> {
          // a person at a terminal gets the reason, not a stack trace (VERBATIM_DEBUG=1 shows it)
          cli.getErr().println("verbatim: " + (e.getMessage() == null ? e.toString() : e.getMessage()));
          if (System.getenv("VERBATIM_DEBUG") != null) {
            e.printStackTrace(cli.getErr());
          }
          return SOME_FAILED;
        });
  }

  public static void main(String[] args) {
    // the models load on background threads that all log: let logging start on this one first
    LoggerFactory.getILoggerFactory();
    System.exit(commandLine().execute(args));
  }
}
