package verbatim.core.input;

import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Documents read one at a time from a file, a folder, an archive, a feed or a JSON Lines file.
 * Only the current record is in memory, so a source over a gigabyte archive costs no more than
 * its largest page. A source is read by one thread; close it to release its file or stream.
 *
 * <p>Bad content never throws out of {@link #next()}: a record that cannot be read becomes a
 * {@link SourceItem.Failed} naming the container and the record, and the records after it are
 * still read whenever the container's structure allows.
 */
public interface DocumentSource extends AutoCloseable {
  /** The next item, or empty once the source is exhausted. */
  Optional<SourceItem> next();

  /** Records passed over on purpose so far (not pages, not HTML, not status 200). */
  Skipped skipped();

  /** Releases the file, stream or connection behind the source; safe to call twice. */
  @Override
  void close();

  /** The remaining items as a lazy, ordered stream; closing the stream closes the source. */
  default Stream<SourceItem> stream() {
    Spliterator<SourceItem> items = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
        Spliterator.ORDERED | Spliterator.NONNULL) {
      @Override
      public boolean tryAdvance(Consumer<? super SourceItem> action) {
        Optional<SourceItem> item = next();
        item.ifPresent(action);
        return item.isPresent();
      }
    };
    return StreamSupport.stream(items, false).onClose(this::close);
  }
}
