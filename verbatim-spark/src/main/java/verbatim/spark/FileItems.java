package verbatim.spark;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import verbatim.core.input.DocumentSource;
import verbatim.core.input.DocumentSources;
import verbatim.core.input.Fetcher;
import verbatim.core.input.InputException;
import verbatim.core.input.SourceItem;

/**
 * Reads one input file in a task, with the reader {@code verbatim ingest} uses for it (a WARC
 * archive, JSON Lines, a feed or a page, told apart by content), one item at a time so that a
 * gigabyte archive costs no more memory than its largest page. Nothing here throws for a bad
 * file: a file that cannot be opened or a record that cannot be read is a failure row.
 */
final class FileItems {
  /** A cluster job fetches nothing from the web: a feed's entries that hold their article are read, the others fail. */
  private static final Fetcher NO_FETCH = uri -> {
    throw new InputException("not fetched: the Spark job reads no web pages (verbatim ingest fetches feed articles)");
  };

  private final DocumentSources sources;

  FileItems(JobSettings settings) {
    this.sources = new DocumentSources(settings.sources(), InputStream.nullInputStream(), NO_FETCH);
  }

  /**
   * The items of the file at {@code uri}. A local file is read in place and named by its path,
   * as the CLI names it; any other is streamed through Hadoop's file systems and named by its URI.
   */
  Iterator<Item> read(String uri, Configuration hadoop) {
    URI address = URI.create(uri);
    if ("file".equals(address.getScheme())) {
      String name = Path.of(address).toString();
      return items(name, sources.open(name));
    }
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(address);
      FileSystem fs = path.getFileSystem(hadoop);
      return items(uri, sources.open(uri, fs.open(path)));
    } catch (IOException | RuntimeException e) {
      return oneFailure(uri, "cannot open: " + e.getMessage());
    }
  }

  private static Iterator<Item> oneFailure(String input, String reason) {
    return List.<Item>of(new Item.Done(new Result.Failed(input, reason))).iterator();
  }

  /** The source's items, then what it passed over; the source is closed once read to its end. */
  private static Iterator<Item> items(String name, DocumentSource source) {
    return new Iterator<>() {
      private Item next;
      private boolean finished;

      @Override
      public boolean hasNext() {
        if (next == null && !finished) {
          next = advance();
        }
        return next != null;
      }

      @Override
      public Item next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        Item item = next;
        next = null;
        return item;
      }

      private Item advance() {
        Optional<SourceItem> item;
        try {
          item = source.next();
        } catch (RuntimeException e) {
          // a bug of ours, not the file's fault: the rest of this file is lost, never the job
          finished = true;
          source.close();
          return new Item.Done(new Result.Failed(name, "internal error while reading: " + e));
        }
        if (item.isPresent()) {
          return itemOf(item.get());
        }
        finished = true;
        source.close();
        return source.skipped().total() == 0 ? null : new Item.Done(new Result.Passed(source.skipped().byReason()));
      }
    };
  }

  private static Item itemOf(SourceItem item) {
    if (item instanceof SourceItem.Raw raw) {
      return Item.Page.of(raw.raw());
    }
    if (item instanceof SourceItem.PreAnalyzed pre) {
      return new Item.Done(AnalysisLines.of(pre.input(), pre.id(), pre.json()));
    }
    if (item instanceof SourceItem.Failed failed) {
      return new Item.Done(new Result.Failed(failed.input(), failed.reason()));
    }
    throw new AssertionError(item);
  }
}
