package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.List;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.TopDocs;

/**
 * {@link Corpus#phrase}: the first use of a phrase since a day, the uses before it, and how often
 * it was used over time and by whom. Lucene finds the documents; counts come from doc values and
 * facets over every match; only the documents listed are read.
 *
 * <p>A speaker filter keeps documents that quote the person anywhere, not only documents where
 * the phrase is inside their quote: the index cannot count the latter without reading every match.
 * Each use says who speaks the matched words when they are inside a quote.
 */
final class PhraseSearch {
  private static final Sort OLDEST = DocumentSearch.sort(Order.OLDEST, false);

  private final IndexStore index;
  private final Filters filters;
  private final PhraseVariants variants;

  PhraseSearch(IndexStore index, Filters filters, PhraseVariants variants) {
    this.index = index;
    this.filters = filters;
    this.variants = variants;
  }

  PhraseResult run(PhraseRequest r) throws IOException {
    return index.search(searcher -> run(searcher, r));
  }

  private PhraseResult run(IndexSearcher searcher, PhraseRequest r) throws IOException {
    List<PhraseVariant> wanted = variants.of(r.phrase(), r.exact(), new IndexNames(searcher));
    PhraseQueries.Built built = PhraseQueries.of(wanted);
    if (built.variants().isEmpty() || built.variants().get(0).kind() != VariantKind.PHRASE) {
      throw new IllegalArgumentException("the phrase \"" + r.phrase() + "\" has no words to search for");
    }
    Query any = built.any();
    Query window = filtered(any, r, Filters.days(r.since(), r.until()));
    Query everyUse = filtered(any, r, Filters.days(null, r.until()));
    PhraseCounts counts = PhraseCounts.of(searcher, index, everyUse, r.since(), r.since() == null && r.until() == null,
        r.by());
    PhraseLocator locator = new PhraseLocator(searcher, built);
    TopDocs listed = searcher.search(window, r.page().end(), OLDEST);
    List<PhraseUse> uses = locator.uses(listed.scoreDocs, r.page().offset());
    PhraseUse first = listed.scoreDocs.length == 0 ? null
        : r.page().offset() == 0 ? uses.get(0) : locator.use(listed.scoreDocs[0].doc);
    List<PhraseUse> earlier = List.of();
    if (r.since() != null) {
      Query before = filtered(any, r, Filters.days(null, r.since().minusDays(1)));
      earlier = locator.uses(searcher.search(before, r.page().limit(), OLDEST).scoreDocs, 0);
    }
    return new PhraseResult(built.variants().get(0).text(), built.variants(), first, counts.total(), uses,
        counts.earlier(), earlier, r.by(), counts.timeline(), counts.bySource(), counts.byIssuer(),
        counts.bySpeaker());
  }

  /** {@code phrase} in documents that pass every filter of the request but its dates, and {@code days}. */
  private Query filtered(Query phrase, PhraseRequest r, Query days) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(phrase, BooleanClause.Occur.MUST);
    query.add(Filters.type(TYPE_DOCUMENT), BooleanClause.Occur.FILTER);
    Filters.add(query, days);
    Filters.add(query, Filters.anyOf(KIND, r.kinds(), true));
    Filters.add(query, Filters.issuers(r.issuers()));
    Filters.add(query, Filters.anyOf(SOURCE, r.sources(), false));
    Filters.add(query, filters.named(SPEAKER, SPEAKER_ALIAS, r.speakers()));
    return query.build();
  }
}
