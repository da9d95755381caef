package verbatim.core.input;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Sources read one after the other, each opened only when the one before is exhausted, so a
 * folder of a thousand archives holds one file open at a time.
 */
final class SourceChain implements DocumentSource {
  private final Deque<Supplier<DocumentSource>> pending;
  private DocumentSource current;
  private Skipped finished = Skipped.NONE;

  SourceChain(List<Supplier<DocumentSource>> sources) {
    this.pending = new ArrayDeque<>(sources);
  }

  @Override
  public Optional<SourceItem> next() {
    while (true) {
      if (current == null) {
        if (pending.isEmpty()) {
          return Optional.empty();
        }
        current = pending.removeFirst().get();
      }
      Optional<SourceItem> item = current.next();
      if (item.isPresent()) {
        return item;
      }
      closeCurrent();
    }
  }

  @Override
  public Skipped skipped() {
    return current == null ? finished : finished.plus(current.skipped());
  }

  @Override
  public void close() {
    closeCurrent();
    pending.clear();
  }

  private void closeCurrent() {
    if (current != null) {
      finished = finished.plus(current.skipped());
      current.close();
      current = null;
    }
  }
}
