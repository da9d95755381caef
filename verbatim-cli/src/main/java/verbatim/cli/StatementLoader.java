package verbatim.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import verbatim.core.diff.Statement;
import verbatim.core.input.BoundedBytes;
import verbatim.core.input.InputException;
import verbatim.core.input.InputFiles;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.index.Corpus;
import verbatim.index.Ingestion;
import verbatim.index.StoredAnalysis;

/**
 * Finds what {@code verbatim diff} is asked to compare: a file (its article found by the standard
 * pipeline, with no NLP engine: a diff needs sentences and words, which core cuts by rule) or a
 * document of the corpus, and a document's earlier version. The corpus is opened only when a name
 * is not a file, and never created: a diff of two files leaves no data folder behind.
 */
final class StatementLoader implements AutoCloseable {
  /** Nothing to compare: a name that is neither a file nor a stored document, a file that cannot be analysed, no earlier version. */
  static final class Unavailable extends Exception {
    private static final long serialVersionUID = 1L;

    Unavailable(String message) {
      super(message);
    }
  }

  private final Path dataDir;
  private final boolean bodyOnly;
  private Corpus corpus;
  private Pipeline pipeline;

  StatementLoader(Path dataDir, boolean bodyOnly) {
    this.dataDir = dataDir;
    this.bodyOnly = bodyOnly;
  }

  /** A file analysed now, or else the stored document with that id. */
  Statement load(String name) throws Unavailable, IOException {
    if (Files.isRegularFile(Path.of(name))) {
      return analyze(name);
    }
    return Statement.of(stored(name).analysis().document());
  }

  /** The version stored before document {@code id}. */
  Statement previousOf(String id) throws Unavailable, IOException {
    String previous = stored(id).ingestion().previousVersion();
    if (previous == null) {
      throw new Unavailable("document " + id + " is the first version of its story: name a second document to compare");
    }
    return Statement.of(stored(previous).analysis().document());
  }

  /** The last two versions of the story at {@code url}, older first. */
  Statement[] latestVersions(String url) throws Unavailable, IOException {
    List<Ingestion> versions = corpus("no story at " + url).versions(url);
    if (versions.size() < 2) {
      throw new Unavailable(versions.isEmpty() ? "no story at " + url + " in " + dataDir
          : "only one version of " + url + " is stored in " + dataDir);
    }
    return new Statement[] {
      Statement.of(stored(versions.get(versions.size() - 2).id()).analysis().document()),
      Statement.of(stored(versions.get(versions.size() - 1).id()).analysis().document())
    };
  }

  private StoredAnalysis stored(String id) throws Unavailable, IOException {
    Optional<StoredAnalysis> found = corpus("no file or document " + id).show(id);
    if (found.isEmpty()) {
      throw new Unavailable("no file or document " + id + " (looked in " + dataDir + ")");
    }
    return found.get();
  }

  private Corpus corpus(String missing) throws Unavailable, IOException {
    if (corpus == null) {
      if (!Files.isDirectory(dataDir)) {
        throw new Unavailable(missing + " (there is no corpus in " + dataDir + ")");
      }
      corpus = Corpus.open(dataDir);
    }
    return corpus;
  }

  private Statement analyze(String file) throws Unavailable {
    if (pipeline == null) {
      AnalysisOptions options = new AnalysisOptions(DocumentKind.STATEMENT, bodyOnly, null, Publishers.builtIn());
      pipeline = Pipeline.standard(options, Linguistics.none());
    }
    Outcome outcome;
    try {
      outcome = pipeline.analyze(InputFiles.read(file, new BoundedBytes(BoundedBytes.DEFAULT_LIMIT), null));
    } catch (InputException e) {
      throw new Unavailable(file + ": " + e.getMessage());
    }
    if (outcome instanceof Outcome.Analyzed analyzed) {
      return Statement.of(analyzed.analysis().document());
    } else if (outcome instanceof Outcome.Failed failed) {
      throw new Unavailable(file + ": " + failed.reason());
    }
    throw new AssertionError(outcome);
  }

  @Override
  public void close() throws IOException {
    if (corpus != null) {
      corpus.close();
    }
  }
}
