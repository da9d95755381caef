package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.index.Corpus;
import verbatim.index.SearchQuery;

/**
 * `verbatim ingest` killed with SIGKILL in the middle of a run, then run again: every document it
 * acknowledged is stored, none twice, and the index agrees with the ledger. The ingest is a real
 * separate JVM running the real engine.
 */
class IngestCrashTest {
  private static final int DOCUMENTS = 240;
  private static final int KILL_AFTER = 30;

  @TempDir Path dir;

  @Test
  void nothingAcknowledgedIsLostAndNothingIsStoredTwice() throws Exception {
    Path pages = Files.createDirectories(dir.resolve("pages"));
    for (int i = 0; i < DOCUMENTS; i++) {
      Files.writeString(pages.resolve(String.format("story-%04d.txt", i)), story(i));
    }
    Path data = dir.resolve("data");

    List<String> acknowledged = new ArrayList<>();
    Process first = ingest(pages, data);
    try (BufferedReader out = new BufferedReader(new InputStreamReader(first.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while (acknowledged.size() < KILL_AFTER && (line = out.readLine()) != null) {
        acknowledged.add(new ObjectMapper().readTree(line).get("id").asText());
      }
      first.destroyForcibly(); // SIGKILL: no shutdown hook, no flush
      first.waitFor(30, TimeUnit.SECONDS);
    }
    assertThat(acknowledged).hasSize(KILL_AFTER);

    Process second = ingest(pages, data);
    String secondOut = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(second.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).as(new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8)).isZero();
    assertThat(secondOut.lines().filter(l -> !l.isBlank())).hasSize(DOCUMENTS);

    Map<String, Integer> ledgerCounts = new HashMap<>();
    for (String line : Files.readAllLines(data.resolve("ledger.jsonl"), StandardCharsets.UTF_8)) {
      JsonNode record = new ObjectMapper().readTree(line);
      ledgerCounts.merge(record.get("ingestion").get("id").asText(), 1, Integer::sum);
    }
    assertThat(ledgerCounts).hasSize(DOCUMENTS).allSatisfy((id, count) -> assertThat(count).as(id).isEqualTo(1));
    assertThat(ledgerCounts.keySet()).containsAll(acknowledged);
    try (Corpus corpus = Corpus.open(data)) {
      assertThat(corpus.size()).isEqualTo(DOCUMENTS);
      assertThat(corpus.search(SearchQuery.all()).total()).isEqualTo(DOCUMENTS);
      assertThat(acknowledged).allSatisfy(id -> assertThat(corpus.contains(id)).isTrue());
    }
  }

  private static Process ingest(Path pages, Path data) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Verbatim.class.getName(),
        "ingest", "--data", data.toString(), "--threads", "2", pages.toString())
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  /** A short news story of our own, different for every {@code i}. */
  private static String story(int i) {
    String[] towns = {"Marlow", "Eastfield", "Brookhaven", "Kingsbridge", "Ashford", "Riverton"};
    String town = towns[i % towns.length] + " " + (i / towns.length + 1);
    return "Council of " + town + " approves bridge plan number " + i + "\n\n"
        + "The council of " + town + " voted " + (5 + i % 4) + " to 2 on Tuesday to rebuild the old river bridge, "
        + "a project first proposed in " + (1990 + i % 30) + ".\n\n"
        + "“We have waited long enough for this bridge,” said Mayor Alex Morgan" + i + ", who led the campaign. "
        + "Opponents said the cost of " + (10 + i) + " million would fall on taxpayers.\n";
  }
}
