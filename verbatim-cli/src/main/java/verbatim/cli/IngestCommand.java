package verbatim.cli;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import verbatim.core.input.DocumentSource;
import verbatim.core.input.DocumentSources;
import verbatim.core.input.SourceItem;
import verbatim.core.input.SourceSettings;
import verbatim.core.json.AnalysisReader;
import verbatim.core.model.Analysis;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.DocumentId;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.corenlp.CoreNlpLinguistics;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.IngestResult;
import verbatim.index.IngestStatus;
import verbatim.index.QueryJson;

/**
 * {@code verbatim ingest}: documents from folders, archives, feeds and analysis files into the
 * corpus. Analysis runs on every core; the corpus takes each result in input order, and a
 * document is acknowledged (a line on standard output) only once the ledger has it on disk.
 */
@Command(
    name = "ingest",
    mixinStandardHelpOptions = true,
    description = {
      "Adds documents to the corpus in --data: files and folders (.txt, .html, .htm, .gz), WARC archives (.warc, .warc.gz),",
      "RSS and Atom feeds (a file, or an http(s) address whose articles are fetched politely), and JSON Lines written by",
      "`verbatim analyze` or the Spark job (imported without analysing again).",
      "Ingesting the same document twice changes nothing; a new version of a page is kept as a version of it.",
      "Prints one JSON line per document once it is safely stored; a summary and any failures go to standard error,",
      "and failures are also appended to failures.tsv in the data folder."
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {"0:every document stored", "1:some document failed (each named on standard error)", "2:usage error"})
final class IngestCommand implements Callable<Integer> {
  private static final int COMMIT_EVERY = 500;
  private static final int IMPORT_BATCH = 500;

  @Parameters(paramLabel = "SOURCE", arity = "1..*", description = "Files, folders, archives, feeds (file or URL), JSON Lines; - for standard input.")
  List<String> sources;

  @Mixin DataOption data;

  @Mixin AnalysisSettings settings;

  @Option(names = "--issuer", paramLabel = "NAME", description = "Who issued these documents (a ministry, a party, a company): statements and press releases are searched by it.")
  String issuer;

  private final InputStream stdin;
  private final PrintStream out;
  private final PrintStream err;
  private final Terminal terminal;

  IngestCommand() {
    this(System.in, System.out, System.err, Terminal.detect());
  }

  IngestCommand(InputStream stdin, PrintStream out, PrintStream err, Terminal terminal) {
    this.stdin = stdin;
    this.out = out;
    this.err = err;
    this.terminal = terminal;
  }

  /** What one item became before the corpus saw it. */
  private sealed interface Prepared {
    String input();
  }

  /** @param imported read from an analysis record (JSON Lines), not analysed here: stored in batches */
  private record Ready(String input, Analysis analysis, boolean imported) implements Prepared {}

  private record AlreadyStored(String input, String id) implements Prepared {}

  private record Failed(String input, String reason) implements Prepared {}

  @Override
  public Integer call() throws IOException {
    int workers = settings.workers();
    Linguistics linguistics = CoreNlpLinguistics.english(settings.parseNeed());
    AnalysisSettings.Quotes quotes = settings.quotes(linguistics.parser());
    Pipeline pipeline = Pipeline.standard(settings.options(), linguistics, quotes.extractor());
    IngestMeta meta = IngestMeta.now(analyzer() + quotes.label()).withIssuer(issuer);
    Map<IngestStatus, Long> counts = new EnumMap<>(IngestStatus.class);
    long failed = 0;
    DocumentSources factory = new DocumentSources(SourceSettings.defaults().withMaxBytes(settings.maxBytes), stdin);
    try (Corpus corpus = Corpus.open(data.dir);
        DocumentSource source = factory.open(sources);
        Acknowledgements acks = new Acknowledgements(out);
        Progress progress = new Progress(err, terminal.stderr(), -1)) {
      if (!corpus.recovery().clean()) {
        err.println("verbatim: " + data.dir + ": opening repaired the store: " + corpus.recovery());
      }
      OrderedParallel<SourceItem, Prepared> parallel = new OrderedParallel<>(workers, item -> prepare(corpus, pipeline, item));
      long sinceCommit = 0;
      List<Ready> batch = new ArrayList<>();
      for (Prepared p : (Iterable<Prepared>) parallel.map(items(source))::iterator) {
        if (p instanceof Ready r && r.imported()) {
          batch.add(r); // a bulk import: one write and one force for many records
          if (batch.size() >= IMPORT_BATCH) {
            sinceCommit += store(corpus, batch, meta, counts, acks, progress);
          }
          continue;
        }
        sinceCommit += store(corpus, batch, meta, counts, acks, progress); // acknowledgements stay in input order
        if (p instanceof Failed f) {
          failed++;
          progress.step(false);
          fail(f.input(), f.reason());
          continue;
        }
        IngestResult result = p instanceof Ready r
            ? corpus.add(r.analysis(), meta)
            : new IngestResult(IngestStatus.UNCHANGED, ((AlreadyStored) p).id(), 0, null, null);
        counts.merge(result.status(), 1L, Long::sum);
        acks.write(p.input(), result);
        progress.step(true);
        sinceCommit++;
        if (sinceCommit >= COMMIT_EVERY) {
          corpus.commit();
          sinceCommit = 0;
        }
      }
      store(corpus, batch, meta, counts, acks, progress);
      corpus.commit();
      progress.close();
      summary(counts, failed, source, corpus);
    }
    return failed == 0 ? Verbatim.OK : Verbatim.SOME_FAILED;
  }

  /** Stores a batch of imported records with one force, acknowledges each, and empties the batch; how many it stored. */
  private static int store(Corpus corpus, List<Ready> batch, IngestMeta meta, Map<IngestStatus, Long> counts,
      Acknowledgements acks, Progress progress) throws IOException {
    if (batch.isEmpty()) {
      return 0;
    }
    List<IngestResult> results = corpus.addAll(batch.stream().map(Ready::analysis).toList(), meta);
    for (int i = 0; i < batch.size(); i++) {
      counts.merge(results.get(i).status(), 1L, Long::sum);
      acks.write(batch.get(i).input(), results.get(i));
      progress.step(true);
    }
    int stored = batch.size();
    batch.clear();
    return stored;
  }

  private Prepared prepare(Corpus corpus, Pipeline pipeline, SourceItem item) {
    if (item instanceof SourceItem.Failed f) {
      return new Failed(f.input(), f.reason());
    }
    if (item instanceof SourceItem.PreAnalyzed pre) {
      if (corpus.contains(pre.id())) {
        return new AlreadyStored(pre.input(), pre.id());
      }
      try {
        return new Ready(pre.input(), AnalysisReader.read(pre.json()), true);
      } catch (IOException | RuntimeException e) {
        return new Failed(pre.input(), "not an analysis record: " + e.getMessage());
      }
    }
    SourceItem.Raw raw = (SourceItem.Raw) item;
    String id = DocumentId.of(raw.raw().bytes());
    if (corpus.contains(id)) {
      return new AlreadyStored(raw.input(), id); // same bytes, same id: no need to analyse again
    }
    Outcome outcome = pipeline.analyze(raw.raw());
    if (outcome instanceof Outcome.Analyzed a) {
      return new Ready(raw.input(), a.analysis(), false);
    }
    Outcome.Failed f = (Outcome.Failed) outcome;
    return new Failed(f.input(), f.reason());
  }

  private void fail(String input, String reason) throws IOException {
    err.println("verbatim: " + input + ": " + reason);
    Path failures = data.dir.resolve("failures.tsv");
    try (Writer w = Files.newBufferedWriter(failures, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND)) {
      w.write(Instant.now() + "\t" + oneLine(input) + "\t" + oneLine(reason) + "\n");
    }
  }

  private static String oneLine(String s) {
    return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
  }

  private void summary(Map<IngestStatus, Long> counts, long failed, DocumentSource source, Corpus corpus) {
    StringBuilder s = new StringBuilder("verbatim: ");
    s.append(counts.getOrDefault(IngestStatus.INGESTED, 0L)).append(" ingested, ")
        .append(counts.getOrDefault(IngestStatus.UNCHANGED, 0L)).append(" unchanged, ")
        .append(counts.getOrDefault(IngestStatus.NEW_VERSION, 0L)).append(" new versions, ")
        .append(counts.getOrDefault(IngestStatus.DUPLICATE, 0L)).append(" duplicates, ")
        .append(failed).append(" failed");
    if (source.skipped().total() > 0) {
      s.append("; skipped ").append(source.skipped());
    }
    s.append("; the corpus holds ").append(corpus.size()).append(" documents");
    if (failed > 0) {
      s.append(" (failures also in ").append(data.dir.resolve("failures.tsv")).append(')');
    }
    err.println(s);
  }

  private static Iterator<SourceItem> items(DocumentSource source) {
    return new Iterator<>() {
      private Optional<SourceItem> next;

      @Override
      public boolean hasNext() {
        if (next == null) {
          next = source.next();
        }
        return next.isPresent();
      }

      @Override
      public SourceItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        SourceItem item = next.get();
        next = null;
        return item;
      }
    };
  }

  private static String analyzer() {
    String version = Verbatim.class.getPackage().getImplementationVersion();
    return "verbatim " + (version == null ? "development build" : version);
  }

  /** One JSON line per stored document: {"input", "id", "status", "version", "previousVersion", "duplicateOf"}. */
  private static final class Acknowledgements implements AutoCloseable {
    private final JsonGenerator json;
    private long written;

    Acknowledgements(PrintStream out) throws IOException {
      json = QueryJson.factory().createGenerator(out).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    void write(String input, IngestResult r) throws IOException {
      json.writeStartObject();
      json.writeStringField("input", input);
      json.writeStringField("id", r.id());
      json.writeStringField("status", r.status().name());
      json.writeNumberField("version", r.version());
      json.writeStringField("previousVersion", r.previousVersion());
      json.writeStringField("duplicateOf", r.duplicateOf());
      json.writeEndObject();
      json.flush();
      written++;
    }

    @Override
    public void close() throws IOException {
      if (written > 0) {
        json.writeRaw('\n');
      }
      json.close();
    }
  }
}
