package verbatim.index;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.util.QueryBuilder;
import verbatim.index.IndexSchema.Group;

/**
 * Each variant of a phrase as a Lucene phrase query over the document text of every language
 * group, analysed as the text was: English stems ("statements" meets "statement"), Nori's Korean
 * morphemes. Small words the analyser drops keep their place, so "of the DPRK" needs two words
 * between "denuclearization" and "DPRK", whatever they are; the match is checked against the
 * stored text afterwards to say which wording it is.
 */
final class PhraseQueries {
  private static final Map<Group, Analyzer> ANALYZERS = new EnumMap<>(Group.class);

  static {
    for (Group g : Group.values()) {
      ANALYZERS.put(g, g.analyzer());
    }
  }

  /** The variants that have words to search for, and the query of each, in the same order. */
  record Built(List<PhraseVariant> variants, List<Query> queries) {
    Built {
      variants = List.copyOf(variants);
      queries = List.copyOf(queries);
    }

    /** Any of the variants. */
    Query any() {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      queries.forEach(q -> any.add(q, BooleanClause.Occur.SHOULD));
      return any.build();
    }
  }

  private PhraseQueries() {}

  /** The queries of {@code variants}; a variant that analyses to nothing ("of the") is left out. */
  static Built of(List<PhraseVariant> variants) {
    List<PhraseVariant> kept = new ArrayList<>();
    List<Query> queries = new ArrayList<>();
    for (PhraseVariant v : variants) {
      Query q = of(v.text());
      if (q != null) {
        kept.add(v);
        queries.add(q);
      }
    }
    return new Built(kept, queries);
  }

  /** {@code text} as a phrase in any language group's text field; {@code null} when it has no words to search for. */
  static Query of(String text) {
    BooleanQuery.Builder anyLanguage = new BooleanQuery.Builder();
    int clauses = 0;
    for (Group g : Group.values()) {
      Query q = new QueryBuilder(ANALYZERS.get(g)).createPhraseQuery(IndexSchema.field(IndexSchema.TEXT, g), text);
      if (q != null) {
        anyLanguage.add(q, BooleanClause.Occur.SHOULD);
        clauses++;
      }
    }
    return clauses == 0 ? null : anyLanguage.build();
  }
}
