package verbatim.core.input;

import java.util.Objects;

/**
 * One item a {@link DocumentSource} yields: a document to analyse, an analysis made earlier that
 * only needs importing, or a failure for one record of a container.
 */
public sealed interface SourceItem permits SourceItem.Raw, SourceItem.PreAnalyzed, SourceItem.Failed {
  /** Where the item came from: a path, or a path and the record, entry or line inside it. */
  String input();

  /** A document to analyse. */
  record Raw(RawInput raw) implements SourceItem {
    public Raw {
      Objects.requireNonNull(raw, "raw");
    }

    @Override
    public String input() {
      return raw.name();
    }
  }

  /**
   * One line of {@code verbatim analyze --format jsonl} output, kept byte for byte so an import
   * stores exactly what the analysis wrote.
   *
   * @param id the document id the line carries
   * @param json the whole line, without its line break
   */
  record PreAnalyzed(String input, String id, String json) implements SourceItem {
    public PreAnalyzed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(json, "json");
    }
  }

  /** One record could not be read; the rest of its container is still read when it can be. */
  record Failed(String input, String reason) implements SourceItem {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
