package verbatim.core.quotes;

import java.util.List;
import verbatim.core.model.Span;

/**
 * A report of speech or thought found in one sentence, before it becomes a quote.
 *
 * @param cue the cue words
 * @param source the words naming the source, or {@code null}
 * @param sourceHead the head word of the source, or {@code null}
 * @param content what is reported
 * @param rule the rule that found it
 */
record Attribution(Span cue, Span source, Span sourceHead, List<Span> content, String rule, double confidence) {
  Attribution {
    content = List.copyOf(content);
  }

  int contentBegin() {
    return content.get(0).begin();
  }

  int contentEnd() {
    return content.get(content.size() - 1).end();
  }
}
