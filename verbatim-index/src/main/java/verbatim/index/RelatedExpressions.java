package verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import verbatim.core.data.DataLines;

/**
 * Expressions a reader following one of them should see too, though they do not say the same
 * ({@code related.tsv}): "denuclearization of the Korean Peninsula" beside "complete
 * denuclearization of North Korea". Looked up by a phrase's words, case and punctuation aside.
 */
final class RelatedExpressions {
  private static final RelatedExpressions SHARED = load(DataLines.of(RelatedExpressions.class, "related.tsv"));

  private final Map<String, List<String>> byKey;

  private RelatedExpressions(Map<String, List<String>> byKey) {
    this.byKey = Map.copyOf(byKey);
  }

  static RelatedExpressions shared() {
    return SHARED;
  }

  static RelatedExpressions load(List<String> lines) {
    Map<String, List<String>> byKey = new HashMap<>();
    for (String line : lines) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 2 || cols[1].isBlank()) {
        throw new IllegalStateException("related.tsv: expected expression<TAB>related expressions, got \"" + line + "\"");
      }
      byKey.computeIfAbsent(key(cols[0]), k -> new ArrayList<>()).addAll(Arrays.asList(cols[1].split("\\|")));
    }
    return new RelatedExpressions(byKey);
  }

  /** The expressions related to {@code phrase}, none when the table does not list it. */
  List<String> of(String phrase) {
    return byKey.getOrDefault(key(phrase), List.of());
  }

  private static String key(String phrase) {
    PhraseWords words = PhraseWords.of(phrase);
    return words.key(0, words.size());
  }
}
