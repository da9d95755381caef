package verbatim.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.Statement;
import verbatim.core.diff.StatementDiff;

/** {@code verbatim diff A B}: two statements compared sentence by sentence and word by word. */
@Command(
    name = "diff",
    mixinStandardHelpOptions = true,
    description = {
      "Compares two versions of a statement the way an analyst reads them: sentences",
      "kept, reworded, moved, added and removed, the words changed inside each",
      "reworded sentence, and the phrases dropped and added.",
      "A and B are files (the article is found in each page) or document ids of the",
      "corpus in --data. With one id, compares that document with the version stored",
      "before it; --versions URL compares the last two versions of a story."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:compared", "1:a file or document was not found, or had no earlier version", "2:usage error"})
final class DiffCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", arity = "0..1", paramLabel = "A", description = "The first (older) version: a file or a document id.")
  String first;

  @Parameters(index = "1", arity = "0..1", paramLabel = "B", description = "The second version: a file or a document id.")
  String second;

  @Option(names = "--versions", paramLabel = "URL", description = "Compare the last two stored versions of the story at URL.")
  String story;

  @Option(names = "--format", paramLabel = "text|json|html",
      description = "text (default on a terminal: coloured), json (default otherwise) or html (a page with both versions side by side).")
  Format format;

  @Option(names = "--out", paramLabel = "FILE", description = "Write to FILE instead of standard output.")
  Path outFile;

  @Option(names = "--body-only", description = "Files are already clean article bodies: keep their text exactly, so offsets are offsets into the files.")
  boolean bodyOnly;

  @Mixin DataOption data;

  enum Format {
    TEXT,
    JSON,
    HTML
  }

  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  DiffCommand() {
    this(System.out, System.err, Terminal.detect());
  }

  DiffCommand(PrintStream out, PrintStream err, Terminal terminal) {
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    if (story != null && first != null || story == null && first == null) {
      throw new ParameterException(spec.commandLine(), "name two versions (A B), one document id, or --versions URL");
    }
    Comparison comparison;
    try (StatementLoader loader = new StatementLoader(data.dir, bodyOnly)) {
      Statement[] pair = versions(loader);
      comparison = new StatementDiff().compare(pair[0], pair[1]);
    } catch (StatementLoader.Unavailable e) {
      err.println("verbatim: " + e.getMessage());
      return Verbatim.SOME_FAILED;
    }
    if (outFile == null) {
      write(comparison, out, terminal.stdout());
    } else {
      try (OutputStream file = Files.newOutputStream(outFile);
          PrintStream to = new PrintStream(file, false, StandardCharsets.UTF_8)) {
        write(comparison, to, false);
      }
    }
    return Verbatim.OK;
  }

  private Statement[] versions(StatementLoader loader) throws StatementLoader.Unavailable, IOException {
    if (story != null) {
      return loader.latestVersions(story);
    }
    if (second == null) {
      if (Files.isRegularFile(Path.of(first))) {
        throw new ParameterException(spec.commandLine(), first + " is a file, which has no stored earlier version: name the second version too");
      }
      return new Statement[] {loader.previousOf(first), loader.load(first)};
    }
    return new Statement[] {loader.load(first), loader.load(second)};
  }

  private void write(Comparison comparison, PrintStream to, boolean terminal) throws IOException {
    Format chosen = format != null ? format : terminal ? Format.TEXT : Format.JSON;
    switch (chosen) {
      case TEXT -> new DiffText(to, terminal).print(comparison);
      case JSON -> new Printer(to).json(comparison);
      case HTML -> to.print(DiffHtml.page(comparison));
      default -> throw new AssertionError(chosen);
    }
    to.flush();
  }
}
