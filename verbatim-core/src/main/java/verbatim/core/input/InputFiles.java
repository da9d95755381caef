package verbatim.core.input;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Turns what a user names on the command line (files, folders, {@code -}) into a sequence of
 * inputs. Folders are walked recursively in a stable order and only files that can hold a page
 * are taken; a file named explicitly is always taken.
 */
public final class InputFiles {
  public static final String STDIN = "-";

  private static final List<String> PAGE_SUFFIXES = List.of(".txt", ".html", ".htm", ".xhtml", ".text", ".gz");

  private InputFiles() {}

  /** Expands arguments in order; a folder becomes its page files sorted by path. */
  public static List<String> expand(List<String> arguments) throws InputException {
    List<String> names = new ArrayList<>();
    for (String argument : arguments) {
      if (argument.equals(STDIN)) {
        names.add(STDIN);
        continue;
      }
      Path path = Path.of(argument);
      if (Files.isDirectory(path)) {
        walk(path, InputFiles::looksLikePage).forEach(file -> names.add(file.toString()));
      } else {
        names.add(argument);
      }
    }
    return names;
  }

  /** The regular files under {@code folder} that {@code take} accepts, sorted by path. */
  static List<Path> walk(Path folder, Predicate<Path> take) throws InputException {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(Files::isRegularFile).filter(take).sorted().toList();
    } catch (IOException | UncheckedIOException e) {
      throw new InputException("cannot list folder " + folder + ": " + e.getMessage(), e);
    }
  }

  static boolean looksLikePage(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return !name.startsWith(".") && PAGE_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  /** Reads one named input, from standard input for {@code -}. */
  public static RawInput read(String name, BoundedBytes reader, InputStream stdin) throws InputException {
    if (name.equals(STDIN)) {
      return new RawInput(name, reader.read(stdin), null);
    }
    Path path = Path.of(name);
    if (!Files.exists(path)) {
      throw new InputException("no such file");
    }
    if (!Files.isReadable(path) || Files.isDirectory(path)) {
      throw new InputException("not a readable file");
    }
    try {
      long size = Files.size(path);
      if (size > reader.limit()) {
        throw new InputException("too large: " + size + " bytes, the limit is " + reader.limit()
            + " (raise --max-bytes to read it)");
      }
      try (InputStream in = Files.newInputStream(path)) {
        return new RawInput(name, reader.read(in), null);
      }
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage(), e);
    }
  }
}
