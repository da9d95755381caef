package verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * The Lucene index and its writer. Each commit records how far into the ledger it reaches, so that
 * after a crash the index knows which records to take again. Holds the index's write lock, which
 * also keeps a second process from writing to the same ledger.
 */
final class IndexStore implements Closeable {
  private static final String LEDGER_END = "ledger.end";
  private static final String SCHEMA = "schema";

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private SortedSetDocValuesReaderState facetState;
  private IndexReader facetReader;

  private IndexStore(Directory directory, IndexWriter writer) throws IOException {
    this.directory = directory;
    this.writer = writer;
    this.searchers = new SearcherManager(writer, null);
  }

  static IndexStore open(Path dir, Analyzer analyzer) throws IOException {
    Directory directory = FSDirectory.open(dir);
    IndexWriterConfig config = new IndexWriterConfig(analyzer)
        .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
        // only an explicit commit, which carries the ledger position, may make changes durable
        .setCommitOnClose(false);
    try {
      return new IndexStore(directory, new IndexWriter(directory, config));
    } catch (IOException | RuntimeException e) {
      directory.close();
      throw e;
    }
  }

  /**
   * How far into the ledger the last commit reaches, or -1 when there is no commit of this schema
   * (a new index, or one to rebuild).
   */
  long ledgerEnd() {
    Map<String, String> data = new java.util.HashMap<>();
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      data.put(e.getKey(), e.getValue());
    }
    if (!IndexSchema.VERSION.equals(data.get(SCHEMA)) || !data.containsKey(LEDGER_END)) {
      return -1;
    }
    return Long.parseLong(data.get(LEDGER_END));
  }

  /** Puts {@code docs} in place of whatever {@code owner} had: applying a record twice is harmless. */
  void replace(String owner, List<Document> docs) throws IOException {
    writer.updateDocuments(new Term(IndexSchema.OWNER, owner), docs);
  }

  void deleteAll() throws IOException {
    writer.deleteAll();
  }

  /** Makes the index durable as covering the ledger up to {@code ledgerEnd}. */
  void commit(long ledgerEnd) throws IOException {
    writer.setLiveCommitData(Map.of(LEDGER_END, Long.toString(ledgerEnd), SCHEMA, IndexSchema.VERSION).entrySet());
    writer.commit();
  }

  /** Runs {@code search} on a searcher that sees every change made so far. */
  <T> T search(Search<T> search) throws IOException {
    searchers.maybeRefreshBlocking();
    IndexSearcher searcher = searchers.acquire();
    try {
      return search.run(searcher);
    } finally {
      searchers.release(searcher);
    }
  }

  /** The facet ordinals of {@code searcher}'s reader, built once per reader. */
  synchronized SortedSetDocValuesReaderState facetState(IndexSearcher searcher) throws IOException {
    if (facetReader != searcher.getIndexReader()) {
      facetState = new DefaultSortedSetDocValuesReaderState(searcher.getIndexReader(), IndexSchema.facets());
      facetReader = searcher.getIndexReader();
    }
    return facetState;
  }

  /** Drops every change since the last commit and closes, as a crash would. For tests. */
  void abandon() throws IOException {
    searchers.close();
    writer.rollback();
    directory.close();
  }

  static boolean exists(Path dir) throws IOException {
    try (Directory d = FSDirectory.open(dir)) {
      return DirectoryReader.indexExists(d);
    }
  }

  @Override
  public void close() throws IOException {
    searchers.close();
    writer.close();
    directory.close();
  }

  /** A query run against one searcher. */
  @FunctionalInterface
  interface Search<T> {
    T run(IndexSearcher searcher) throws IOException;
  }
}
