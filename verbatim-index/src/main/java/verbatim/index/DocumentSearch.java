package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import verbatim.core.model.DocumentKind;

/** {@link Corpus#search}: ranked documents with snippets, and facet counts over every match. */
final class DocumentSearch {
  private static final Map<String, Float> WEIGHTS = Map.of(TITLE, 2f, TEXT, 1f);
  private static final int FACET_VALUES = 20;

  private final IndexStore index;
  private final Catalog catalog;
  private final Filters filters;
  private final Analyzer analyzer;

  DocumentSearch(IndexStore index, Catalog catalog, Filters filters, Analyzer analyzer) {
    this.index = index;
    this.catalog = catalog;
    this.filters = filters;
    this.analyzer = analyzer;
  }

  SearchResult run(SearchQuery q) throws IOException {
    Query text = TextQueries.parse(q.text(), WEIGHTS);
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(text != null ? text : new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    query.add(Filters.type(TYPE_DOCUMENT), BooleanClause.Occur.FILTER);
    Filters.add(query, Filters.days(q.from(), q.to()));
    Filters.add(query, Filters.anyOf(SOURCE, q.sources(), false));
    Filters.add(query, Filters.anyOf(KIND, q.kinds(), true));
    Filters.add(query, Filters.anyOf(LANGUAGE, q.languages(), false));
    Filters.add(query, filters.named(SPEAKER, SPEAKER_ALIAS, q.speakers()));
    Filters.add(query, filters.named(ENTITY, ENTITY_ALIAS, q.entities()));
    Sort sort = sort(q.order(), text != null);
    Query built = query.build();
    return index.search(searcher -> {
      FacetsCollectorManager.FacetsResult found = sort == null
          ? FacetsCollectorManager.search(searcher, built, q.page().end(), new FacetsCollectorManager())
          : FacetsCollectorManager.search(searcher, built, q.page().end(), sort, new FacetsCollectorManager());
      return new SearchResult(total(found.facetsCollector()), hits(searcher, found.topDocs(), q.page(), text),
          facets(searcher, found.facetsCollector()));
    });
  }

  /** Newest first unless the text ranks, or the caller asked. */
  static Sort sort(Order order, boolean ranked) {
    if (order == Order.RELEVANCE && ranked) {
      return null;
    }
    SortField byDate = new SortField(PUBLISHED, SortField.Type.LONG, order != Order.OLDEST);
    byDate.setMissingValue(order == Order.OLDEST ? Long.MAX_VALUE : Long.MIN_VALUE);
    return new Sort(byDate, SortField.FIELD_DOC);
  }

  private static long total(FacetsCollector collector) {
    return collector.getMatchingDocs().stream().mapToLong(m -> m.totalHits).sum();
  }

  private List<SearchHit> hits(IndexSearcher searcher, TopDocs top, Page page, Query text) throws IOException {
    ScoreDoc[] docs = top.scoreDocs;
    int from = Math.min(page.offset(), docs.length);
    int[] ids = new int[docs.length - from];
    for (int i = from; i < docs.length; i++) {
      ids[i - from] = docs[i].doc;
    }
    List<List<Snippet>> snippets = Snippets.of(searcher, analyzer, text, ids);
    List<SearchHit> hits = new ArrayList<>();
    for (int i = 0; i < ids.length; i++) {
      Document d = searcher.storedFields().document(ids[i]);
      String id = d.get(OWNER);
      hits.add(new SearchHit(id, title(d), d.get(URL), d.get(SOURCE), DocumentKind.valueOf(d.get(KIND)),
          d.get(LANGUAGE), d.get(PUBLISHED_ISO), d.getField(VERSION_NUMBER).numericValue().intValue(),
          catalog.original(id).orElse(null), docs[from + i].score, snippets.get(i)));
    }
    return hits;
  }

  private static String title(Document d) {
    for (Group g : Group.values()) {
      String t = d.get(field(TITLE, g));
      if (t != null) {
        return t;
      }
    }
    return null;
  }

  private List<Facet> facets(IndexSearcher searcher, FacetsCollector collector) throws IOException {
    if (searcher.getIndexReader().numDocs() == 0 || total(collector) == 0) {
      return List.of();
    }
    Facets counts = new SortedSetDocValuesFacetCounts(index.facetState(searcher), collector);
    List<Facet> out = new ArrayList<>();
    for (String dimension : FACETS) {
      FacetResult result = dimensionOf(counts, dimension, dimension.equals(MONTH) ? 0 : FACET_VALUES);
      List<FacetCount> values = new ArrayList<>();
      if (result != null) {
        for (LabelAndValue lv : result.labelValues) {
          values.add(new FacetCount(lv.label, lv.value.longValue()));
        }
      }
      // months read in time order; other dimensions largest first
      values.sort(dimension.equals(MONTH) ? Comparator.comparing(FacetCount::value)
          : Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
      out.add(new Facet(dimension, values.subList(0, Math.min(values.size(), dimension.equals(MONTH)
          ? values.size() : FACET_VALUES))));
    }
    return out;
  }

  /**
   * The counts of {@code dimension}: every value for {@code top} 0, else the {@code top} largest
   * (ties to the first in byte order), so that a corpus with many speakers does not spell them all out.
   */
  private static FacetResult dimensionOf(Facets counts, String dimension, int top) throws IOException {
    try {
      return top == 0 ? counts.getAllChildren(dimension) : counts.getTopChildren(top, dimension);
    } catch (IllegalArgumentException e) {
      // no document of the index has a value for it yet
      return null;
    }
  }
}
