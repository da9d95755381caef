package verbatim.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/** Filters shared by the searches: keyword values, names of people and things, days. */
final class Filters {
  private final PersonNames names;

  Filters(PersonNames names) {
    this.names = names;
  }

  static Query type(String type) {
    return new TermQuery(new Term(IndexSchema.TYPE, type));
  }

  /** Any of {@code values} in {@code field}, compared in lower or upper case; {@code null} when there are none. */
  static Query anyOf(String field, List<String> values, boolean upperCase) {
    if (values.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String v : values) {
      String value = upperCase ? v.toUpperCase(Locale.ROOT) : v.toLowerCase(Locale.ROOT);
      any.add(new TermQuery(new Term(field, value)), BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /** Issued by any of {@code issuers}, case and spacing aside; {@code null} when there are none. */
  static Query issuers(List<String> issuers) {
    if (issuers.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String issuer : issuers) {
      any.add(new TermQuery(new Term(IndexSchema.ISSUER_KEY, LuceneDocuments.issuerKey(issuer))),
          BooleanClause.Occur.SHOULD);
    }
    return any.build();
  }

  /**
   * Any of the typed names: a full name matches its person's key in {@code keyField}, a single name
   * matches every alias in {@code aliasField}; {@code null} when there are none.
   */
  Query named(String keyField, String aliasField, List<String> typed) {
    if (typed.isEmpty()) {
      return null;
    }
    BooleanQuery.Builder any = new BooleanQuery.Builder();
    for (String name : typed) {
      String key = names.keyOfName(name);
      if (key.startsWith(PersonNames.PARTIAL)) {
        any.add(new TermQuery(new Term(aliasField, key.substring(PersonNames.PARTIAL.length()))),
            BooleanClause.Occur.SHOULD);
      } else {
        any.add(new TermQuery(new Term(keyField, key)), BooleanClause.Occur.SHOULD);
      }
    }
    return any.build();
  }

  /** Published within the days given, inclusive; {@code null} when neither is. */
  static Query days(LocalDate from, LocalDate to) {
    if (from == null && to == null) {
      return null;
    }
    return LongPoint.newRangeQuery(IndexSchema.DAY, from == null ? Long.MIN_VALUE : from.toEpochDay(),
        to == null ? Long.MAX_VALUE : to.toEpochDay());
  }

  /** Adds {@code filter} as a filter clause unless it is {@code null}. */
  static void add(BooleanQuery.Builder query, Query filter) {
    if (filter != null) {
      query.add(filter, BooleanClause.Occur.FILTER);
    }
  }
}
