package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Kills a real ingesting JVM with SIGKILL and checks that nothing it acknowledged was lost. */
class CrashTest {
  private static final int ACKS_BEFORE_KILL = 60;

  @TempDir Path dir;

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everythingAcknowledgedBeforeAKillNineIsThereExactlyOnce() throws Exception {
    List<String> acknowledged = runAndKill(0, 0);
    // a second run and kill on the same folder: recovery, then more ingest, then another crash
    acknowledged.addAll(runAndKill(1000, 0));
    checkAfterKills(acknowledged);
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS)
  void everythingAcknowledgedInBatchesBeforeAKillNineIsThereExactlyOnce() throws Exception {
    List<String> acknowledged = runAndKill(0, 9);
    acknowledged.addAll(runAndKill(1000, 9));
    checkAfterKills(acknowledged);
  }

  private void checkAfterKills(List<String> acknowledged) throws Exception {
    Map<String, Integer> inLedger = new HashMap<>();
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.recovery().damage()).allSatisfy(
          d -> assertThat(d.action()).isEqualTo(LedgerDamage.Action.TRUNCATED));
      for (String id : acknowledged) {
        assertThat(corpus.show(id)).as("acknowledged %s", id).isPresent();
      }
    }
    try (Ledger ledger = Ledger.open(dir.resolve(Corpus.LEDGER_FILE)); Stream<LedgerEntry> entries = ledger.records(0)) {
      assertThat(ledger.damage()).isEmpty();
      entries.forEach(e -> inLedger.merge(e.record().id(), 1, Integer::sum));
    }
    assertThat(inLedger.values()).allMatch(count -> count == 1);
    assertThat(inLedger.keySet()).containsAll(acknowledged);
    try (Corpus corpus = Corpus.open(dir)) {
      // the index agrees with the ledger: every record in it, nothing else
      assertThat(corpus.size()).isEqualTo(inLedger.size());
      SearchResult all = corpus.search(SearchQuery.all().at(new Page(0, Page.MAX_LIMIT)));
      assertThat(all.total()).isEqualTo(inLedger.size());
      assertThat(all.hits()).extracting(SearchHit::id).containsExactlyInAnyOrderElementsOf(inLedger.keySet());
    }
  }

  /**
   * Starts {@link IngestLoop} (adding in batches of {@code batch}, or one by one for 0), kills it
   * after some acknowledgements, returns every id it printed.
   */
  private List<String> runAndKill(int first, int batch) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process process = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
        IngestLoop.class.getName(), dir.toString(), Integer.toString(first), Integer.toString(batch))
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    List<String> acknowledged = new ArrayList<>();
    CountDownLatch enough = new CountDownLatch(1);
    Thread reader = new Thread(() -> {
      try (BufferedReader lines = new BufferedReader(
          new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
          if (line.startsWith("ACK ")) {
            synchronized (acknowledged) {
              acknowledged.add(line.substring(4));
              if (acknowledged.size() >= ACKS_BEFORE_KILL) {
                enough.countDown();
              }
            }
          }
        }
      } catch (java.io.IOException e) {
        // the pipe closes when the process dies
      }
    });
    reader.start();
    boolean reached = enough.await(90, TimeUnit.SECONDS);
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
    reader.join(10_000);
    assertThat(reached).as("the ingest loop acknowledged %d documents", ACKS_BEFORE_KILL).isTrue();
    synchronized (acknowledged) {
      return new ArrayList<>(acknowledged);
    }
  }
}
