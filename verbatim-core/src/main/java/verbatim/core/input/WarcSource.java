package verbatim.core.input;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTargetRecord;

/**
 * The HTML pages of a WARC archive ({@code .warc}, or gzip-compressed {@code .warc.gz}), read
 * record by record: one {@link SourceItem.Raw} per response record with HTTP status 200 and an
 * HTML content type (and per HTML resource record), its HTTP transfer and content encodings
 * undone, named {@code crawl.warc.gz#record 17 (urn:uuid:…)}, with the record's target URI as
 * its url and its WARC-Date as its fetch date.
 *
 * <p>Every other record (requests, metadata, images, redirects, 404s) is skipped and counted.
 * A page too large, or whose encoding cannot be undone, fails alone and reading goes on. A file
 * that ends inside a record (a download cut short, a cut-off gzip member) gives one failure for
 * that record after every record before it. A record broken in the middle of an archive (a
 * corrupt gzip member, a damaged header) fails alone when the archive is read from a file
 * ({@link #open}): reading resumes at the next record found after it; from a stream it ends
 * the archive, since nothing after a broken structure can be found without going back.
 */
public final class WarcSource implements DocumentSource {
  private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");

  private final String container;
  private final InputStream in;
  /** The archive as a file, when it is one: only then can reading resume after a broken record. */
  private final FileChannel file;
  private final BoundedBytes reader;
  private final SkipTally skipped = new SkipTally();
  private WarcReader warc;
  /** The first record found after a broken one, read to confirm the place and not yet handed out. */
  private WarcRecord resumed;
  private long number;
  private boolean finished;

  /**
   * @param container the archive's name, used to name each record
   * @param in the archive's bytes, compressed or not; this source closes it
   * @param maxBytes the largest page read, after its encodings are undone
   */
  public WarcSource(String container, InputStream in, long maxBytes) {
    this(container, in, null, maxBytes);
  }

  private WarcSource(String container, InputStream in, FileChannel file, long maxBytes) {
    this.container = container;
    this.in = in;
    this.file = file;
    this.reader = new BoundedBytes(maxBytes);
  }

  /**
   * The archive in {@code path}. Read from a file, a broken record in the middle (a corrupt gzip
   * member, a damaged header) fails alone: reading resumes at the next record found after it.
   *
   * @param container the archive's name, used to name each record
   */
  public static WarcSource open(Path path, String container, long maxBytes) throws IOException {
    FileChannel file = FileChannel.open(path, StandardOpenOption.READ);
    return new WarcSource(container, Channels.newInputStream(file), file, maxBytes);
  }

  @Override
  public Optional<SourceItem> next() {
    while (!finished) {
      Optional<WarcRecord> record;
      try {
        record = nextRecord();
      } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
        return broken(structureFailure(e));
      }
      if (record.isEmpty()) {
        finished = true;
        close();
        return Optional.empty();
      }
      number++;
      Optional<SourceItem> item = itemOf(record.get());
      if (item.isPresent()) {
        return item;
      }
    }
    return Optional.empty();
  }

  private Optional<WarcRecord> nextRecord() throws IOException {
    if (resumed != null) {
      Optional<WarcRecord> record = Optional.of(resumed);
      resumed = null;
      return record;
    }
    if (warc == null) {
      warc = file != null ? new WarcReader(file) : new WarcReader(in);
    }
    return warc.next();
  }

  /**
   * jwarc reads a record's trailer (and its gzip member's end) only when asked for the next
   * record, so a file cut inside that trailer fails here although the record's content was read.
   */
  private SourceItem.Failed structureFailure(Exception e) {
    String message = String.valueOf(e.getMessage());
    if (number > 0 && (message.contains("trailer") || message.contains("trailing"))) {
      return new SourceItem.Failed(container + "#record " + number,
          "truncated: the file ends inside this record's trailer, after its content");
    }
    number++; // the record that failed still counts, so the ones after it keep their numbers
    String name = container + "#record " + number;
    if (e instanceof EOFException) {
      return new SourceItem.Failed(name, "truncated: the file ends inside this record's header");
    }
    return new SourceItem.Failed(name, "not a readable WARC record: " + message);
  }

  private Optional<SourceItem> itemOf(WarcRecord record) {
    String name = container + "#record " + number + " (" + record.id() + ")";
    try {
      String skip = skipReason(record);
      if (skip != null) {
        record.body().consume();
        skipped.count(skip);
        return Optional.empty();
      }
      return Optional.of(page(name, record));
    } catch (EOFException e) {
      if (intact(record)) {
        return Optional.of(new SourceItem.Failed(name, "cannot read the page: its encoded content ends early"));
      }
      return broken(new SourceItem.Failed(name, "truncated: the file ends inside this record"));
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      if (!intact(record)) {
        return broken(new SourceItem.Failed(name, "not a readable WARC record: " + e.getMessage()));
      }
      // the payload is bad but the record's length is known: the next record can still be found
      return Optional.of(new SourceItem.Failed(name, "cannot read the page: " + e.getMessage()));
    } catch (InputException e) {
      return Optional.of(new SourceItem.Failed(name, e.getMessage()));
    }
  }

  /**
   * An early end can be the payload's own (a cut-off gzip inside a complete record) or the
   * file's: the record is intact when the rest of its declared length can still be read.
   */
  private static boolean intact(WarcRecord record) {
    try {
      record.body().consume();
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Why a record holds no page for us, or {@code null} when it does. */
  private static String skipReason(WarcRecord record) throws IOException {
    if (record instanceof WarcResource resource) {
      return isHtml(resource.contentType()) ? null : "resource not HTML: " + baseType(resource.contentType());
    }
    if (!(record instanceof WarcResponse response)) {
      return record.type() + " record";
    }
    if (!baseType(response.contentType()).equals("application/http")) {
      return "response not HTTP: " + baseType(response.contentType());
    }
    HttpResponse http = response.http();
    if (http.status() != 200) {
      return "HTTP status " + http.status();
    }
    return isHtml(http.contentType()) ? null : "not HTML: " + baseType(http.contentType());
  }

  private SourceItem page(String name, WarcRecord record) throws IOException, InputException {
    byte[] bytes;
    if (record instanceof WarcResponse response) {
      try (InputStream payload = response.http().bodyDecoded().stream()) {
        bytes = reader.readPlain(payload);
      }
    } else {
      try (InputStream body = record.body().stream()) {
        bytes = reader.readPlain(body);
      }
    }
    String url = ((WarcTargetRecord) record).target();
    return new SourceItem.Raw(new RawInput(name, bytes, url, record.date(), null));
  }

  private static boolean isHtml(MediaType type) {
    return HTML_TYPES.contains(baseType(type));
  }

  private static String baseType(MediaType type) {
    // a leniently parsed type says it is not valid even when it is well formed: read its parts
    if (type == null || type.type() == null || type.type().isEmpty()) {
      return "no content type";
    }
    return (type.type() + "/" + type.subtype()).toLowerCase(Locale.ROOT);
  }

  /** A record broke the archive's structure: resume after it when the archive is a file, else stop. */
  private Optional<SourceItem> broken(SourceItem.Failed failure) {
    long at = file == null ? -1 : resume();
    if (at < 0) {
      return end(failure);
    }
    return Optional.of(new SourceItem.Failed(failure.input(), failure.reason() + "; reading resumes at byte " + at));
  }

  /** Where reading resumes: the first place after the broken record where a record parses. */
  private long resume() {
    long from = warc == null ? 1 : warc.position() + 1;
    WarcCompression compression = warc == null ? WarcCompression.NONE : warc.compression();
    try {
      for (long at = WarcResync.next(file, from, compression); at >= 0; at = WarcResync.next(file, at + 1, compression)) {
        Optional<WarcRecord> record = recordAt(at);
        if (record.isPresent()) {
          resumed = record.get();
          return at;
        }
      }
    } catch (IOException e) {
      // the file cannot be searched: nothing after the broken record can be found
    }
    return -1;
  }

  private Optional<WarcRecord> recordAt(long at) {
    try {
      file.position(at);
      // the old reader is dropped, not closed: closing it would close the file
      WarcReader candidate = new WarcReader(file);
      Optional<WarcRecord> record = candidate.next();
      if (record.isPresent()) {
        warc = candidate;
      }
      return record;
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<SourceItem> end(SourceItem.Failed failure) {
    finished = true;
    close();
    return Optional.of(failure);
  }

  @Override
  public Skipped skipped() {
    return skipped.snapshot();
  }

  @Override
  public void close() {
    try {
      if (warc != null) {
        warc.close();
      }
      in.close();
    } catch (IOException e) {
      // a read handle that fails to close loses no data
    }
  }
}
