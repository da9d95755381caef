package verbatim.core.input;

import java.util.Map;
import java.util.Optional;

/** A file passed over on purpose: no items, one skip counted for its reason. */
final class NoItemSource implements DocumentSource {
  private final Skipped skipped;

  NoItemSource(String reason) {
    this.skipped = new Skipped(Map.of(reason, 1L));
  }

  @Override
  public Optional<SourceItem> next() {
    return Optional.empty();
  }

  @Override
  public Skipped skipped() {
    return skipped;
  }

  @Override
  public void close() {}
}
