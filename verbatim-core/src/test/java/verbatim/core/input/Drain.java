package verbatim.core.input;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Test helper: every item of a source, in order, and the source closed. */
final class Drain {
  private Drain() {}

  static List<SourceItem> all(DocumentSource source) {
    List<SourceItem> items = new ArrayList<>();
    try (source) {
      for (Optional<SourceItem> item = source.next(); item.isPresent(); item = source.next()) {
        items.add(item.get());
      }
    }
    return items;
  }

  static String text(SourceItem item) {
    return new String(((SourceItem.Raw) item).raw().bytes(), StandardCharsets.UTF_8);
  }
}
