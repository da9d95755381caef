package verbatim.index;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Analysis;

/**
 * Ingests numbered documents into a corpus until it is killed, printing each id once {@link Corpus#add}
 * (or, given a batch size, {@link Corpus#addAll}) has acknowledged it, and committing the index now
 * and then. Run as a separate JVM by {@link CrashTest}, which kills it with SIGKILL mid-way.
 */
public final class IngestLoop {
  private IngestLoop() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    int first = Integer.parseInt(args[1]);
    int batch = args.length > 2 ? Integer.parseInt(args[2]) : 0;
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Corpus corpus = Corpus.open(dataDir)) {
      out.println("OPEN");
      if (batch > 0) {
        inBatches(corpus, first, batch, out);
      }
      for (int n = first; ; n++) {
        IngestResult result = corpus.add(CorpusRecoveryTest.numbered(n), Docs.META);
        out.println("ACK " + result.id());
        if (n % 7 == 0) {
          corpus.commit();
        }
      }
    }
  }

  private static void inBatches(Corpus corpus, int first, int size, PrintStream out) throws IOException {
    for (int n = first; ; n += size) {
      List<Analysis> batch = new ArrayList<>();
      for (int i = n; i < n + size; i++) {
        batch.add(CorpusRecoveryTest.numbered(i));
      }
      for (IngestResult result : corpus.addAll(batch, Docs.META)) {
        out.println("ACK " + result.id());
      }
      if (n / size % 3 == 0) {
        corpus.commit();
      }
    }
  }
}
