package verbatim.core.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Picks the reader for each SOURCE a user names: {@code -} for standard input, a folder (walked
 * recursively, in path order), a file, or an {@code http(s)://} address (a feed, or a single
 * page). Files and downloads are told apart by their first bytes before their names (see
 * {@link ContainerKind}): WARC archives, RSS and Atom feeds, JSON Lines, and pages. Nothing is
 * opened before its turn, and a source that cannot be opened becomes one failure item, so
 * {@link #open(List)} never throws for bad input.
 */
public final class DocumentSources {
  /** What a folder is searched for besides pages ({@code .warc.gz} and {@code .jsonl.gz} end in {@code .gz}). */
  private static final List<String> CONTAINER_SUFFIXES = List.of(".warc", ".jsonl", ".ndjson", ".rss", ".atom", ".xml");

  private final SourceSettings settings;
  private final InputStream stdin;
  private final Supplier<Fetcher> fetcher;

  /** Sources that fetch with an {@link HttpFetcher}, made on first use and shared by all of them. */
  public DocumentSources(SourceSettings settings, InputStream stdin) {
    this(settings, stdin, new Once<>(() -> new HttpFetcher(settings.fetch())));
  }

  /** Sources that fetch with {@code fetcher}. */
  public DocumentSources(SourceSettings settings, InputStream stdin, Fetcher fetcher) {
    this(settings, stdin, () -> fetcher);
  }

  private DocumentSources(SourceSettings settings, InputStream stdin, Supplier<Fetcher> fetcher) {
    this.settings = settings;
    this.stdin = stdin;
    this.fetcher = fetcher;
  }

  /** All the arguments' items, one argument after the other. */
  public DocumentSource open(List<String> arguments) {
    return new SourceChain(arguments.stream().<Supplier<DocumentSource>>map(a -> () -> open(a)).toList());
  }

  /** One argument's items. */
  public DocumentSource open(String argument) {
    if (argument.equals(InputFiles.STDIN)) {
      return stream(InputFiles.STDIN, stdin, null, true);
    }
    String lower = argument.toLowerCase(Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      return web(argument);
    }
    Path path;
    try {
      path = Path.of(argument);
    } catch (InvalidPathException e) {
      return OneItemSource.failed(argument, "not a valid path: " + e.getReason());
    }
    return Files.isDirectory(path) ? folder(path) : file(path, true);
  }

  /**
   * One file's items, read from a stream opened elsewhere (a distributed file system, an object
   * store) and named {@code name}: told apart by content as a named file is. A WARC read this way
   * ends at a record broken in the middle, since a stream cannot be searched for the next one.
   */
  public DocumentSource open(String name, InputStream in) {
    return stream(name, in, null, true);
  }

  private DocumentSource folder(Path folder) {
    try {
      List<Path> files = InputFiles.walk(folder, DocumentSources::mayHoldDocuments);
      return new SourceChain(files.stream().<Supplier<DocumentSource>>map(f -> () -> file(f, false)).toList());
    } catch (InputException e) {
      return OneItemSource.failed(folder.toString(), e.getMessage());
    }
  }

  /** Whether a file found in a folder is read: pages, archives, JSON Lines and feeds, no hidden files. */
  public static boolean mayHoldDocuments(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return InputFiles.looksLikePage(file) || !name.startsWith(".") && CONTAINER_SUFFIXES.stream().anyMatch(name::endsWith);
  }

  private DocumentSource file(Path path, boolean named) {
    String name = path.toString();
    if (!Files.exists(path)) {
      return OneItemSource.failed(name, "no such file");
    }
    if (!Files.isReadable(path) || Files.isDirectory(path)) {
      return OneItemSource.failed(name, "not a readable file");
    }
    try {
      return stream(name, Files.newInputStream(path), path, named);
    } catch (IOException e) {
      return OneItemSource.failed(name, "cannot open: " + e.getMessage());
    }
  }

  /**
   * Reads the head of {@code in}, tells what it holds and hands the whole stream to its reader.
   * {@code file} is where the stream comes from, or {@code null} for standard input.
   */
  private DocumentSource stream(String name, InputStream in, Path file, boolean named) {
    BufferedInputStream buffered = new BufferedInputStream(in, ContainerKind.HEAD);
    try {
      buffered.mark(ContainerKind.HEAD);
      byte[] head = buffered.readNBytes(ContainerKind.HEAD);
      buffered.reset();
      ContainerKind kind = ContainerKind.of(head, name);
      if (kind == ContainerKind.WARC && file != null) {
        // from a file, reading can resume after a broken record in the middle
        buffered.close();
        return WarcSource.open(file, name, settings.maxBytes());
      }
      if (kind == ContainerKind.WARC) {
        return new WarcSource(name, buffered, settings.maxBytes());
      }
      if (kind == ContainerKind.JSON_LINES) {
        return new JsonLinesSource(name, buffered, settings.maxBytes());
      }
      try (InputStream whole = buffered) {
        if (kind == ContainerKind.PAGE && !named && name.toLowerCase(Locale.ROOT).endsWith(".xml")) {
          // a folder of feeds also holds sitemaps and other XML: only feeds are taken from it
          return new NoItemSource("XML file that is not a feed");
        }
        byte[] bytes = new BoundedBytes(settings.maxBytes()).read(whole);
        return kind == ContainerKind.FEED
            ? new FeedSource(name, bytes, null, fetcher.get(), settings.fullArticleChars())
            : new OneItemSource(new SourceItem.Raw(new RawInput(name, bytes, null)));
      }
    } catch (InputException e) {
      return OneItemSource.failed(name, e.getMessage());
    } catch (IOException e) {
      close(buffered);
      return OneItemSource.failed(name, "cannot read: " + e.getMessage());
    }
  }

  /** An address is a feed to follow, or one page (or, rarely, an archive served whole). */
  private DocumentSource web(String address) {
    URI uri;
    try {
      uri = new URI(address);
    } catch (URISyntaxException e) {
      return OneItemSource.failed(address, "not a valid address: " + e.getReason());
    }
    Fetched fetched;
    try {
      fetched = fetcher.get().fetch(uri);
    } catch (InputException e) {
      return OneItemSource.failed(address, e.getMessage());
    }
    byte[] body = fetched.body();
    ContainerKind kind = ContainerKind.of(body.length > ContainerKind.HEAD ? Arrays.copyOf(body, ContainerKind.HEAD)
        : body, uri.getPath() == null ? "" : uri.getPath());
    if (kind == ContainerKind.FEED) {
      return new FeedSource(address, body, fetched.url(), fetcher.get(), settings.fullArticleChars());
    }
    if (kind == ContainerKind.WARC) {
      return new WarcSource(address, new ByteArrayInputStream(body), settings.maxBytes());
    }
    if (kind == ContainerKind.JSON_LINES) {
      return new JsonLinesSource(address, new ByteArrayInputStream(body), settings.maxBytes());
    }
    return new OneItemSource(new SourceItem.Raw(
        new RawInput(address, body, fetched.url().toString(), fetched.fetched(), null)));
  }

  private static void close(InputStream in) {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was written; a read handle that fails to close loses no data
    }
  }

  /** A value made on first use, then kept: no HTTP client is started for a run that fetches nothing. */
  private static final class Once<T> implements Supplier<T> {
    private final Supplier<T> make;
    private T value;

    Once(Supplier<T> make) {
      this.make = make;
    }

    @Override
    public synchronized T get() {
      if (value == null) {
        value = make.get();
      }
      return value;
    }
  }
}
