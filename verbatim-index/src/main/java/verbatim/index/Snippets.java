package verbatim.index;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import verbatim.core.model.Span;
import verbatim.index.IndexSchema.Group;

/**
 * The passages of each hit's text where the query matched, as {@link Snippet}s whose offsets point
 * into the document's text, so the caller marks matches up as it likes (terminal, HTML).
 */
final class Snippets {
  private static final int PASSAGES = 3;

  private Snippets() {}

  /** Snippets for each of {@code docIds}, in the same order; empty lists when nothing matched the text. */
  static List<List<Snippet>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docIds)
      throws IOException {
    List<List<Snippet>> out = new ArrayList<>();
    for (int i = 0; i < docIds.length; i++) {
      out.add(List.of());
    }
    if (query == null || docIds.length == 0) {
      return out;
    }
    Highlighter highlighter = new Highlighter(UnifiedHighlighter.builder(searcher, analyzer)
        .withFormatter(new SnippetFormatter()));
    String[] fields = Arrays.stream(Group.values()).map(g -> IndexSchema.field(IndexSchema.TEXT, g))
        .toArray(String[]::new);
    int[] passages = new int[fields.length];
    Arrays.fill(passages, PASSAGES);
    // the highlighter wants document ids in order; remember where each came from
    Integer[] order = new Integer[docIds.length];
    for (int i = 0; i < order.length; i++) {
      order[i] = i;
    }
    Arrays.sort(order, (a, b) -> Integer.compare(docIds[a], docIds[b]));
    int[] sorted = Arrays.stream(order).mapToInt(i -> docIds[i]).toArray();
    Map<String, Object[]> byField = highlighter.snippets(fields, query, sorted, passages);
    for (Object[] values : byField.values()) {
      for (int i = 0; i < values.length; i++) {
        if (values[i] instanceof SnippetList list && !list.snippets().isEmpty()) {
          out.set(order[i], list.snippets());
        }
      }
    }
    return out;
  }

  /** Opens the highlighter's object-returning method. */
  private static final class Highlighter extends UnifiedHighlighter {
    Highlighter(Builder builder) {
      super(builder);
    }

    Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds, int[] passages) throws IOException {
      return highlightFieldsAsObjects(fields, query, docIds, passages);
    }
  }

  private record SnippetList(List<Snippet> snippets) {}

  private static final class SnippetFormatter extends PassageFormatter {
    @Override
    public Object format(Passage[] passages, String content) {
      List<Snippet> out = new ArrayList<>();
      for (Passage p : passages) {
        List<Span> matches = new ArrayList<>();
        for (int m = 0; m < p.getNumMatches(); m++) {
          matches.add(new Span(p.getMatchStarts()[m], p.getMatchEnds()[m]));
        }
        if (!matches.isEmpty()) {
          int end = p.getEndOffset();
          // passages end after the sentence's trailing space; a snippet ends on its last word
          while (end > p.getStartOffset() && Character.isWhitespace(content.charAt(end - 1))) {
            end--;
          }
          out.add(new Snippet(new Span(p.getStartOffset(), end), content.substring(p.getStartOffset(), end), matches));
        }
      }
      return new SnippetList(out);
    }
  }
}
