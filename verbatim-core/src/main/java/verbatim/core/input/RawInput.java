package verbatim.core.input;

import java.util.Objects;

/**
 * The bytes of one document and where they came from.
 *
 * @param name the path or {@code -} it was read from (a WARC file and record later)
 * @param bytes the content, gzip already undone
 * @param url the page's address when the container says it (a WARC record, a feed), else {@code null}
 */
public record RawInput(String name, byte[] bytes, String url) {
  public RawInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(bytes, "bytes");
  }
  // the array is not copied: inputs are large and this record is only passed along, never kept
}
