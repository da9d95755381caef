package verbatim.core.input;

import java.util.Optional;

/** A source of exactly one item: a page read whole, or the failure to open a container. */
final class OneItemSource implements DocumentSource {
  private SourceItem item;

  OneItemSource(SourceItem item) {
    this.item = item;
  }

  static OneItemSource failed(String input, String reason) {
    return new OneItemSource(new SourceItem.Failed(input, reason));
  }

  @Override
  public Optional<SourceItem> next() {
    Optional<SourceItem> result = Optional.ofNullable(item);
    item = null;
    return result;
  }

  @Override
  public Skipped skipped() {
    return Skipped.NONE;
  }

  @Override
  public void close() {
    item = null;
  }
}
