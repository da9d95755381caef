package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Weight;

/** Fills the {@link Catalog} from the documents of a committed index, so that opening needs no ledger pass. */
final class CatalogLoader {
  private static final Set<String> FIELDS = Set.of(OWNER, URL_KEY, VERSION_NUMBER, PUBLISHED, FINGERPRINT, CLUSTER,
      LEDGER_OFFSET, LEDGER_LENGTH);

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
        StoredFields stored = leaf.reader().storedFields();
        DocIdSetIterator docs = scorer.iterator();
        for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
          if (leaf.reader().getLiveDocs() == null || leaf.reader().getLiveDocs().get(doc)) {
            Document d = stored.document(doc, FIELDS);
            IndexableField fingerprint = d.getField(FINGERPRINT);
            catalog.put(entry(d), fingerprint == null ? null : fingerprint(fingerprint.binaryValue()));
          }
        }
      }
      return null;
    });
  }

  private static Fingerprint fingerprint(org.apache.lucene.util.BytesRef bytes) {
    return Fingerprint.fromBytes(bytes.bytes, bytes.offset, bytes.length);
  }

  private static Catalog.Entry entry(Document d) {
    IndexableField published = d.getField(PUBLISHED);
    return new Catalog.Entry(d.get(OWNER), d.get(URL_KEY), d.getField(VERSION_NUMBER).numericValue().intValue(),
        published == null ? Long.MAX_VALUE : published.numericValue().longValue(), d.get(CLUSTER),
        d.getField(LEDGER_OFFSET).numericValue().longValue(), d.getField(LEDGER_LENGTH).numericValue().intValue());
  }
}
