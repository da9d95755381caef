package verbatim.index;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import verbatim.index.IndexSchema.Group;

/**
 * Free text typed by a person, as a Lucene query over the per-language fields. The syntax is
 * forgiving and never fails: words must all match ({@code kim summit}), {@code "a phrase"},
 * {@code -word} to exclude, {@code a | b} for either, {@code denuc*} for a prefix.
 */
final class TextQueries {
  private static final Map<Group, Analyzer> ANALYZERS = new EnumMap<>(Group.class);

  static {
    for (Group g : Group.values()) {
      ANALYZERS.put(g, g.analyzer());
    }
  }

  private TextQueries() {}

  /**
   * {@code text} over the fields {@code weights} names (by base name: {@code title}, {@code text}),
   * each in every language group; {@code null} when the text has nothing to search for.
   */
  static Query parse(String text, Map<String, Float> weights) {
    if (text == null || text.isBlank()) {
      return null;
    }
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    int clauses = 0;
    for (Group g : Group.values()) {
      Map<String, Float> fields = new LinkedHashMap<>();
      weights.forEach((base, weight) -> fields.put(IndexSchema.field(base, g), weight));
      SimpleQueryParser parser = new SimpleQueryParser(ANALYZERS.get(g), fields);
      parser.setDefaultOperator(BooleanClause.Occur.MUST);
      Query q = parser.parse(text);
      if (q != null) {
        anyLanguage.add(q, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : anyLanguage.build();
  }
}
