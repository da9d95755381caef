package verbatim.index;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;

/**
 * The searchable record of who said what: analyses kept in an append-only ledger (the source of
 * truth) and in a Lucene index built from it. The one query API the CLI and the server use.
 *
 * <p>Durability: when {@link #add} returns, the record is in the ledger on disk; the index becomes
 * durable at {@link #commit} (and {@link #close}). After a crash in between, opening takes the
 * missing records into the index again from the ledger; an index that is missing, of an older
 * schema or ahead of the ledger is rebuilt from it. {@link #recovery()} says what was repaired.
 *
 * <p>Thread-safe: {@code add} and {@code addAll} may be called from several threads; their ledger
 * syncs are shared. {@link #addAll} takes a whole batch with one sync, for bulk imports.
 * Only one process may open a data folder at a time (the index's lock refuses a second).
 */
public final class Corpus implements Closeable {
  static final String LEDGER_FILE = "ledger.jsonl";
  static final String INDEX_DIR = "index";

  private final Path dataDir;
  private final Ledger ledger;
  private final IndexStore index;
  private final Catalog catalog = new Catalog();
  private final LuceneDocuments documents = new LuceneDocuments(PersonNames.standard(), IndexSchema.facets());
  private final DocumentSearch documentSearch;
  private final QuoteSearch quoteSearch;
  private final PeopleDirectory people;
  private final Trends trends;
  private final Object ingest = new Object();
  private Recovery recovery;
  private volatile Exception failure;
  private volatile boolean closed;

  private Corpus(Path dataDir, Ledger ledger, IndexStore index, Analyzer analyzer) {
    this.dataDir = dataDir;
    this.ledger = ledger;
    this.index = index;
    Filters filters = new Filters(PersonNames.standard());
    this.documentSearch = new DocumentSearch(index, catalog, filters, analyzer);
    this.quoteSearch = new QuoteSearch(index, filters);
    this.people = new PeopleDirectory(index);
    this.trends = new Trends(index, filters);
  }

  /** Opens the corpus in {@code dataDir}, creating it when missing, and repairs it after a crash. */
  public static Corpus open(Path dataDir) throws IOException {
    Files.createDirectories(dataDir);
    Analyzer analyzer = IndexSchema.analyzer();
    // the index first: its write lock keeps a second process away from the ledger too
    IndexStore index;
    try {
      index = IndexStore.open(dataDir.resolve(INDEX_DIR), analyzer);
    } catch (org.apache.lucene.store.LockObtainFailedException e) {
      throw new IOException("the corpus in " + dataDir + " is in use by another verbatim process (a server or an ingest):"
          + " stop it, or ask the server through its HTTP API", e);
    }
    Ledger ledger;
    try {
      ledger = Ledger.open(dataDir.resolve(LEDGER_FILE));
    } catch (IOException | RuntimeException e) {
      index.close();
      throw e;
    }
    Corpus corpus = new Corpus(dataDir, ledger, index, analyzer);
    try {
      corpus.recover();
    } catch (IOException | RuntimeException e) {
      corpus.closeQuietly();
      throw e;
    }
    return corpus;
  }

  private void recover() throws IOException {
    long indexed = index.ledgerEnd();
    boolean rebuild = indexed < 0 || indexed > ledger.end() || !ledger.startsLine(indexed);
    long from = indexed;
    if (rebuild) {
      index.deleteAll();
      from = 0;
    } else {
      CatalogLoader.load(index, catalog);
    }
    long replayed = replay(from);
    if (rebuild || replayed > 0) {
      index.commit(ledger.end());
    }
    recovery = new Recovery(ledger.damage(), rebuild ? 0 : replayed, rebuild && ledger.end() > 0);
  }

  /** Applies every ledger record from {@code offset} on to the catalog and the index. */
  private long replay(long offset) throws IOException {
    long count = 0;
    try (Stream<LedgerEntry> entries = ledger.records(offset)) {
      for (Iterator<LedgerEntry> it = entries.iterator(); it.hasNext(); ) {
        apply(it.next());
        count++;
      }
    }
    return count;
  }

  /**
   * Adds one analysed document; when this returns, it is durable in the ledger. Adding a document
   * already stored changes nothing ({@link IngestStatus#UNCHANGED}).
   */
  public IngestResult add(Analysis analysis, IngestMeta meta) throws IOException {
    Objects.requireNonNull(analysis, "analysis");
    return addAll(List.of(analysis), meta).get(0);
  }

  /**
   * Adds analysed documents in order, each decided as {@link #add} would decide it after the ones
   * before it — a document repeated in the batch is {@link IngestStatus#UNCHANGED} the second
   * time, a second page at a URL of the batch is its next version, a copy of a text of the batch is
   * a {@link IngestStatus#DUPLICATE} of it. The records go to the ledger in one write and one force
   * to disk, so a bulk import is not held to one force a document. When this returns, every
   * document of the batch is durable in the ledger; if it throws, none was acknowledged (some may
   * still be found after reopening, as after a crash).
   *
   * @return one result a document, in the batch's order
   */
  public List<IngestResult> addAll(List<Analysis> batch, IngestMeta meta) throws IOException {
    Objects.requireNonNull(batch, "batch");
    Objects.requireNonNull(meta, "meta");
    for (Analysis a : batch) {
      Objects.requireNonNull(a, "an analysis of the batch is null");
    }
    List<IngestResult> results = new ArrayList<>(batch.size());
    long durableAt = 0;
    synchronized (ingest) {
      ensureUsable();
      try {
        Ledger.Batch lines = ledger.batch();
        List<Pending> pending = new ArrayList<>();
        for (Analysis analysis : batch) {
          Optional<Catalog.Entry> stored = catalog.get(analysis.document().id());
          if (stored.isPresent()) {
            Catalog.Entry e = stored.get();
            results.add(new IngestResult(IngestStatus.UNCHANGED, e.id(), e.version(), null, null));
            // it may be another thread's record, written but not yet forced
            durableAt = Math.max(durableAt, e.offset() + e.length());
            continue;
          }
          Decision decision = decide(analysis, meta);
          LedgerEntry entry = lines.add(new StoredAnalysis(decision.ingestion(), analysis));
          // in the catalog at once, so that the rest of the batch is decided knowing it
          Catalog.Entry e = catalogEntry(entry);
          catalog.put(e, decision.fingerprint());
          pending.add(new Pending(entry, e, decision.fingerprint()));
          results.add(IngestResult.of(decision.status(), decision.ingestion()));
          durableAt = Math.max(durableAt, entry.end());
        }
        lines.write();
        for (Pending p : pending) {
          index.replace(p.entry().record().id(), documents.of(p.entry().record(), p.catalogEntry(), p.fingerprint()));
        }
      } catch (IOException | RuntimeException e) {
        // the catalog, the ledger and the index may now disagree: only reopening (which replays) may go on
        failure = e;
        throw e;
      }
    }
    // outside the lock, so that another thread's records can share this force
    ledger.sync(durableAt);
    return results;
  }

  /** A record written to the ledger and put in the catalog, still to be indexed. */
  private record Pending(LedgerEntry entry, Catalog.Entry catalogEntry, Fingerprint fingerprint) {}

  /** How a document is stored, and its text's fingerprint ({@code null} when too short for one). */
  private record Decision(IngestStatus status, Ingestion ingestion, Fingerprint fingerprint) {}

  private Decision decide(Analysis analysis, IngestMeta meta) {
    Article a = analysis.document().article();
    String urlKey = StoryUrl.key(a.url());
    Fingerprint fingerprint = Fingerprint.of(a.text()).orElse(null);
    List<Catalog.Entry> versions = urlKey == null ? List.of() : catalog.versions(urlKey);
    if (!versions.isEmpty()) {
      Catalog.Entry latest = versions.get(versions.size() - 1);
      return new Decision(IngestStatus.NEW_VERSION,
          ingestion(analysis, meta, latest.version() + 1, latest.id(), null), fingerprint);
    }
    if (fingerprint != null) {
      Optional<Catalog.Entry> copy = catalog.earliestCopy(fingerprint, urlKey);
      if (copy.isPresent()) {
        return new Decision(IngestStatus.DUPLICATE, ingestion(analysis, meta, 1, null, copy.get().id()), fingerprint);
      }
    }
    return new Decision(IngestStatus.INGESTED, ingestion(analysis, meta, 1, null, null), fingerprint);
  }

  private static Ingestion ingestion(Analysis analysis, IngestMeta meta, int version, String previous,
      String duplicateOf) {
    var d = analysis.document();
    return new Ingestion(d.id(), d.article().url(), d.input(), meta.issuer(), d.kind(), meta.ingestedAt(),
        meta.analyzer(), version, previous, duplicateOf);
  }

  /** Puts a ledger record into the index and the catalog; the decisions were made when it was added. */
  private void apply(LedgerEntry entry) throws IOException {
    StoredAnalysis record = entry.record();
    Fingerprint fingerprint = Fingerprint.of(record.analysis().document().article().text()).orElse(null);
    Catalog.Entry e = catalogEntry(entry);
    index.replace(record.id(), documents.of(record, e, fingerprint));
    catalog.put(e, fingerprint);
  }

  /** What the catalog keeps of a ledger record: a copy joins the cluster of the copy it was ingested as. */
  private Catalog.Entry catalogEntry(LedgerEntry entry) {
    Ingestion ingestion = entry.record().ingestion();
    String cluster = ingestion.duplicateOf() == null ? ingestion.id()
        : catalog.get(ingestion.duplicateOf()).map(Catalog.Entry::cluster).orElse(ingestion.duplicateOf());
    Article a = entry.record().analysis().document().article();
    return new Catalog.Entry(ingestion.id(), StoryUrl.key(ingestion.url()), ingestion.version(),
        a.published() == null ? Long.MAX_VALUE : LuceneDocuments.epochMillis(a.published()), cluster,
        entry.offset(), entry.length());
  }

  /** Makes everything added so far durable in the index too. */
  public void commit() throws IOException {
    synchronized (ingest) {
      ensureUsable();
      long end = ledger.end();
      ledger.sync(end);
      index.commit(end);
    }
  }

  /**
   * Throws the index away and builds it again from the ledger alone; returns how many records it
   * took. The ledger is the source of truth: whatever the index held is rebuilt from it.
   */
  public long reindex() throws IOException {
    synchronized (ingest) {
      ensureUsable();
      index.deleteAll();
      catalog.clear();
      long count = replay(0);
      index.commit(ledger.end());
      return count;
    }
  }

  /** Documents matching {@code query}, best first, with snippets and facet counts. */
  public SearchResult search(SearchQuery query) throws IOException {
    ensureOpen();
    return documentSearch.run(query);
  }

  /** Quotes matching {@code query}, each with its speaker, date, source and sentence. */
  public QuoteResult quotes(QuoteQuery query) throws IOException {
    ensureOpen();
    return quoteSearch.run(query);
  }

  /** The phrases whose use rose most in a period against the period of the same length before it. */
  public TrendResult trends(TrendQuery query) throws IOException {
    ensureOpen();
    return trends.run(query);
  }

  /** The reports of each remark grouped: one speaker, close in time, close in wording; most reported first. */
  public RemarkResult remarks(RemarkQuery query) throws IOException {
    ensureOpen();
    return new Remarks().run(this, query);
  }

  /**
   * Where and when a phrase was used: its first use since a day, the uses before that day, and
   * how often it was used over time and by which sources, issuers and speakers; with its variants
   * (aliases, spellings, small words, related expressions) unless the request is exact.
   */
  public PhraseResult phrase(PhraseRequest request) throws IOException {
    ensureOpen();
    return new PhraseSearch(index, new Filters(PersonNames.standard()), PhraseVariants.standard()).run(request);
  }

  /** Everyone the documents mention, one entry a person across the corpus, most documents first. */
  public List<Person> people() throws IOException {
    ensureOpen();
    return people.all();
  }

  /**
   * The first {@code limit} of {@link #people()}: the people most documents mention, in the same
   * order. Names and roles are read only for them, so this stays quick on a large corpus.
   */
  public List<Person> people(int limit) throws IOException {
    ensureOpen();
    return people.top(limit);
  }

  /**
   * The people whose name or one of whose other names contains {@code nameContains} (case aside;
   * {@code null}: everyone), most quoted first, then most mentioned; at most {@code limit}.
   */
  public List<Person> people(String nameContains, int limit) throws IOException {
    String wanted = nameContains == null ? null : nameContains.toLowerCase(java.util.Locale.ROOT);
    return people().stream()
        .filter(p -> wanted == null || p.name().toLowerCase(java.util.Locale.ROOT).contains(wanted)
            || p.aliases().stream().anyMatch(a -> a.toLowerCase(java.util.Locale.ROOT).contains(wanted)))
        .sorted(java.util.Comparator.comparingInt(Person::quotes).thenComparingInt(Person::mentions).reversed())
        .limit(limit).toList();
  }

  /** The stored analysis of a document and what was recorded when it was ingested. */
  public Optional<StoredAnalysis> show(String id) throws IOException {
    ensureOpen();
    Optional<Catalog.Entry> e = catalog.get(id);
    return e.isEmpty() ? Optional.empty() : Optional.of(ledger.read(e.get().offset(), e.get().length()));
  }

  /** Every version stored of the story at {@code url}, first version first. */
  public List<Ingestion> versions(String url) throws IOException {
    ensureOpen();
    String key = StoryUrl.key(url);
    List<Ingestion> out = new ArrayList<>();
    if (key != null) {
      for (Catalog.Entry e : catalog.versions(key)) {
        out.add(ledger.read(e.offset(), e.length()).ingestion());
      }
    }
    return out;
  }

  /**
   * The near-duplicates of a document's text, itself included, earliest published first: the first
   * is the original the others copy. Just the document when it has no copies; empty when unknown.
   */
  public List<String> copies(String id) {
    ensureOpen();
    return catalog.get(id).map(e -> catalog.copies(e.cluster()).stream().map(Catalog.Entry::id).toList())
        .orElse(List.of());
  }

  /** Whether a document with this id is stored: an ingest can skip analysing what it already has. */
  public boolean contains(String id) {
    ensureOpen();
    return catalog.get(id).isPresent();
  }

  /** How many documents the corpus holds. */
  public int size() {
    return catalog.size();
  }

  /** What opening had to repair or report. */
  public Recovery recovery() {
    return recovery;
  }

  public Path dataDir() {
    return dataDir;
  }

  private void ensureOpen() {
    if (closed) {
      throw new IllegalStateException("the corpus in " + dataDir + " is closed");
    }
  }

  private void ensureUsable() {
    ensureOpen();
    if (failure != null) {
      throw new IllegalStateException("the corpus in " + dataDir + " failed while adding (" + failure
          + "); open it again to repair it", failure);
    }
  }

  /** Commits and closes. */
  @Override
  public void close() throws IOException {
    synchronized (ingest) {
      if (closed) {
        return;
      }
      try {
        if (failure == null) {
          commit();
        }
      } finally {
        closed = true;
        try {
          index.close();
        } finally {
          ledger.close();
        }
      }
    }
  }

  /** The ledger, for tests that check when records become durable. */
  Ledger ledger() {
    return ledger;
  }

  /** Closes without committing the index, as a crash after the ledger's sync would. For tests. */
  void crash() throws IOException {
    synchronized (ingest) {
      closed = true;
      try {
        index.abandon();
      } finally {
        ledger.close();
      }
    }
  }

  private void closeQuietly() {
    closed = true;
    try {
      index.close();
    } catch (IOException | RuntimeException ignored) {
      // already failing: the first error is the one to report
    }
    try {
      ledger.close();
    } catch (IOException | RuntimeException ignored) {
      // as above
    }
  }
}
