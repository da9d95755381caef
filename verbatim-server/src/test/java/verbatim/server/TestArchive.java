package verbatim.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.stream.Stream;
import verbatim.core.input.BoundedBytes;
import verbatim.core.input.InputFiles;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.corenlp.CoreNlpLinguistics;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;

/**
 * The sample archive of {@code samples/} analysed with the real engine into a corpus, once per
 * test JVM: statements with their issuers, then the news.
 */
final class TestArchive {
  private static Path dir;

  private TestArchive() {}

  static synchronized Path dir() throws IOException {
    if (dir == null) {
      dir = Files.createTempDirectory("verbatim-server-test");
      Path samples = Path.of("..", "samples");
      try (Corpus corpus = Corpus.open(dir)) {
        add(corpus, samples.resolve("statements/commission"), DocumentKind.STATEMENT, "Northern Banks Fisheries Commission");
        add(corpus, samples.resolve("statements/alvenia-ministry"), DocumentKind.PRESS_RELEASE, "Alvenian Ministry of Fisheries");
        add(corpus, samples.resolve("statements/rostmark-coastal-ministry"), DocumentKind.STATEMENT, "Rostmark Coastal Ministry");
        add(corpus, samples.resolve("statements/rostmark-government"), DocumentKind.STATEMENT, "Government of Rostmark");
        add(corpus, samples.resolve("news"), DocumentKind.NEWS, null);
        corpus.commit();
      }
    }
    return dir;
  }

  /** A fresh copy of the archive (a corpus folder can be open in one place at a time). */
  static Path copy() throws IOException {
    Path archive = dir();
    Path copy = Files.createTempDirectory("verbatim-archive-copy");
    try (Stream<Path> files = Files.walk(archive)) {
      for (Path p : files.toList()) {
        Path to = copy.resolve(archive.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(to);
        } else if (!p.getFileName().toString().equals("write.lock")) {
          Files.copy(p, to);
        }
      }
    }
    return copy;
  }

  private static void add(Corpus corpus, Path folder, DocumentKind kind, String issuer) throws IOException {
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(kind, false, null, Publishers.builtIn()), CoreNlpLinguistics.english());
    List<String> files;
    try (Stream<Path> s = Files.list(folder)) {
      files = s.map(Path::toString).sorted().toList();
    }
    for (String f : files) {
      try {
        Outcome o = pipeline.analyze(InputFiles.read(f, new BoundedBytes(BoundedBytes.DEFAULT_LIMIT), System.in));
        if (o instanceof Outcome.Analyzed a) {
          corpus.add(a.analysis(), new IngestMeta(issuer, Instant.parse("2025-06-01T00:00:00Z"), "test"));
        }
      } catch (verbatim.core.input.InputException e) {
        throw new IOException(e);
      }
    }
  }
}
