package verbatim.core.extract;

import java.util.List;
import java.util.Objects;
import verbatim.core.model.Problem;

/**
 * A decoded input, ready for extraction.
 *
 * @param input the path or {@code -} it was read from
 * @param content the decoded characters
 * @param format what the content is
 * @param url the page's address when the caller knows it (a WARC record, a feed), else {@code null}
 * @param problems what decoding had to warn about
 */
public record Page(String input, String content, PageFormat format, String url, List<Problem> problems) {
  public Page {
    Objects.requireNonNull(input, "input");
    Objects.requireNonNull(content, "content");
    Objects.requireNonNull(format, "format");
    problems = List.copyOf(problems);
  }
}
