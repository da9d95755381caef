package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;

/**
 * Fills the {@link Catalog} from the documents of a committed index, so that opening needs no ledger
 * pass: one {@link CatalogRecord} doc value a document, read in index order.
 */
final class CatalogLoader {
  private CatalogLoader() {}

  static void load(IndexStore index, Catalog catalog) throws IOException {
    index.search(searcher -> {
      Query documents = searcher.rewrite(Filters.type(TYPE_DOCUMENT));
      Weight weight = searcher.createWeight(documents, ScoreMode.COMPLETE_NO_SCORES, 1);
      catalog.reserve(searcher.count(documents));
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        Scorer scorer = weight.scorer(leaf);
        if (scorer == null) {
          continue;
        }
        BinaryDocValues records = DocValues.getBinary(leaf.reader(), CATALOG);
        Bits live = leaf.reader().getLiveDocs();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if ((live == null || live.get(doc)) && records.advanceExact(doc)) {
            CatalogRecord.Decoded d = CatalogRecord.decode(records.binaryValue());
            catalog.put(d.entry(), d.fingerprint());
          }
        }
      }
      return null;
    });
  }
}
