package verbatim.index;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * Ingests numbered documents into a corpus until it is killed, printing each id once {@link Corpus#add}
 * has acknowledged it, and committing the index now and then. Run as a separate JVM by
 * {@link CrashTest}, which kills it with SIGKILL mid-way.
 */
public final class IngestLoop {
  private IngestLoop() {}

  public static void main(String[] args) throws Exception {
    Path dataDir = Path.of(args[0]);
    int first = Integer.parseInt(args[1]);
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    try (Corpus corpus = Corpus.open(dataDir)) {
      out.println("OPEN");
      for (int n = first; ; n++) {
        IngestResult result = corpus.add(CorpusRecoveryTest.numbered(n), Docs.META);
        out.println("ACK " + result.id());
        if (n % 7 == 0) {
          corpus.commit();
        }
      }
    }
  }
}
