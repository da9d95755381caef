package verbatim.cli;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;

/** Runs the real command line in-process with captured streams. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(byte[] stdin, String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    PrintStream outStream = new PrintStream(out, true, StandardCharsets.UTF_8);
    PrintStream errStream = new PrintStream(err, true, StandardCharsets.UTF_8);
    CommandLine.IFactory factory = new CommandLine.IFactory() {
      @Override
      public <K> K create(Class<K> type) throws Exception {
        Terminal pipe = new Terminal(false, false);
        if (type == AnalyzeCommand.class) {
          return type.cast(new AnalyzeCommand(new ByteArrayInputStream(stdin), outStream, errStream, pipe));
        } else if (type == IngestCommand.class) {
          return type.cast(new IngestCommand(new ByteArrayInputStream(stdin), outStream, errStream, pipe));
        } else if (type == SearchCommand.class) {
          return type.cast(new SearchCommand(outStream, pipe));
        } else if (type == QuotesCommand.class) {
          return type.cast(new QuotesCommand(outStream, pipe));
        } else if (type == PhraseCommand.class) {
          return type.cast(new PhraseCommand(outStream, pipe));
        } else if (type == PeopleCommand.class) {
          return type.cast(new PeopleCommand(outStream, pipe));
        } else if (type == ShowCommand.class) {
          return type.cast(new ShowCommand(outStream, errStream, pipe));
        } else if (type == RemarksCommand.class) {
          return type.cast(new RemarksCommand(outStream, pipe));
        } else if (type == TrendsCommand.class) {
          return type.cast(new TrendsCommand(outStream, pipe));
        } else if (type == DiffCommand.class) {
          return type.cast(new DiffCommand(outStream, errStream, pipe));
        } else if (type == ReindexCommand.class) {
          return type.cast(new ReindexCommand(errStream));
        }
        return CommandLine.defaultFactory().create(type);
      }
    };
    CommandLine cli = Verbatim.commandLine(factory)
        .setOut(new java.io.PrintWriter(outStream, true))
        .setErr(new java.io.PrintWriter(errStream, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  static CliRun of(String... args) {
    return of(new byte[0], args);
  }
}
