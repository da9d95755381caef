package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;

/** {@link Corpus#quotes}: quotes by speaker, subject, date and words, each in its sentence. */
final class QuoteSearch {
  private static final Map<String, Float> WEIGHTS = Map.of(QUOTE_TEXT, 1f);

  private final IndexStore index;
  private final Filters filters;

  QuoteSearch(IndexStore index, Filters filters) {
    this.index = index;
    this.filters = filters;
  }

  QuoteResult run(QuoteQuery q) throws IOException {
    Query text = TextQueries.parse(q.text(), WEIGHTS);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text != null ? text : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    query.add(Filters.type(TYPE_QUOTE), BooleanClause.Occur.FILTER);
    Filters.add(query, Filters.days(q.from(), q.to()));
    Filters.add(query, filters.named(SPEAKER, SPEAKER_ALIAS, listOf(q.speaker())));
    Filters.add(query, filters.named(ABOUT, ABOUT_ALIAS, listOf(q.about())));
    Query built = query.build();
    Sort sort = DocumentSearch.sort(q.order(), text != null);
    return index.search(searcher -> {
      TopDocs top = sort == null ? searcher.search(built, q.page().end()) : searcher.search(built, q.page().end(), sort);
      return new QuoteResult(searcher.count(built), hits(searcher, top, q.page()));
    });
  }

  private static List<String> listOf(String value) {
    return value == null || value.isBlank() ? List.of() : List.of(value);
  }

  private static List<QuoteHit> hits(IndexSearcher searcher, TopDocs top, Page page) throws IOException {
    List<QuoteHit> out = new ArrayList<>();
    ScoreDoc[] docs = top.scoreDocs;
    for (int i = page.offset(); i < docs.length; i++) {
      Document d = searcher.storedFields().document(docs[i].doc);
      List<String> people = new ArrayList<>();
      for (IndexableField f : d.getFields(SPEAKER)) {
        people.add(f.stringValue());
      }
      QuoteSpeaker speaker = new QuoteSpeaker(d.get(SPEAKER_TYPE), d.get(SPEAKER_SAID), d.get(SPEAKER_NAME), people);
      out.add(new QuoteHit(d.get(OWNER), d.get(QUOTE_ID), QuoteKind.valueOf(d.get(QUOTE_KIND)), quoteText(d),
          LuceneDocuments.spans(d.get(PARTS)), speaker, d.get(PUBLISHED_ISO), d.get(SOURCE), d.get(URL),
          d.get(TITLE), new Span(intOf(d, SENTENCE_BEGIN), intOf(d, SENTENCE_END)), d.get(SENTENCE), d.get(CUE),
          d.getField(CONFIDENCE).numericValue().doubleValue()));
    }
    return out;
  }

  private static String quoteText(Document d) {
    for (Group g : Group.values()) {
      String t = d.get(field(QUOTE_TEXT, g));
      if (t != null) {
        return t;
      }
    }
    return "";
  }

  private static int intOf(Document d, String field) {
    return d.getField(field).numericValue().intValue();
  }
}
