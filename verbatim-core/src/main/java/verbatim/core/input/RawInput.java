package verbatim.core.input;

import java.time.Instant;
import java.util.Objects;

/**
 * The bytes of one document and where they came from.
 *
 * @param name the path or {@code -} it was read from, or its place in a container
 *     ({@code crawl.warc.gz#record 17}, {@code feed.xml#entry 3}, {@code pages.jsonl#line 12})
 * @param bytes the content, gzip and HTTP content encodings already undone
 * @param url the page's address when the container says it (a WARC record, a feed), else {@code null}
 * @param fetched when the page was fetched (a WARC-Date, the time of an HTTP fetch), else {@code null}
 * @param feedEntry what a feed said of the page before it was read, else {@code null}
 */
public record RawInput(String name, byte[] bytes, String url, Instant fetched, FeedEntry feedEntry) {
  public RawInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }
  // the array is not copied: inputs are large and this record is only passed along, never kept

  /** A document read from a file or a stream, with no fetch date and no feed entry. */
  public RawInput(String name, byte[] bytes, String url) {
    this(name, bytes, url, null, null);
  }
}
