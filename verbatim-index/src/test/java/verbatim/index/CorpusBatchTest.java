package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static verbatim.index.IngestStatus.DUPLICATE;
import static verbatim.index.IngestStatus.INGESTED;
import static verbatim.index.IngestStatus.NEW_VERSION;
import static verbatim.index.IngestStatus.UNCHANGED;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Analysis;

/** {@link Corpus#addAll}: the decisions of {@link Corpus#add}, one write and one force a batch. */
class CorpusBatchTest {
  @TempDir Path dir;

  /** A batch whose later documents depend on its earlier ones: a repeat, a new version, a copy. */
  static List<Analysis> dependentBatch() {
    Analysis updated = Docs.text(CorpusTest.SUMMIT + " The White House later said no date had been set.")
        .url("https://news.example.com/2025/02/07/summit/").published("2025-02-07").build();
    Analysis copy = Docs.text(CorpusTest.SUMMIT.replace("on Friday", "on Friday, Feb. 7,"))
        .url("https://mirror.example.com/a/123").published("2025-02-08").build();
    return List.of(CorpusTest.summit(), CorpusTest.tariffs(), CorpusTest.summit(), updated, copy, CorpusTest.floods(),
        CorpusRecoveryTest.numbered(1));
  }

  @Test
  void aBatchIsDecidedAsAddingItsDocumentsOneByOne() throws IOException {
    List<IngestResult> oneByOne = new ArrayList<>();
    try (Corpus corpus = Corpus.open(dir.resolve("one-by-one"))) {
      for (Analysis a : dependentBatch()) {
        oneByOne.add(corpus.add(a, Docs.META));
      }
    }
    List<IngestResult> batched;
    try (Corpus corpus = Corpus.open(dir.resolve("batched"))) {
      batched = corpus.addAll(dependentBatch(), Docs.META);
    }
    assertThat(batched).isEqualTo(oneByOne);
    assertThat(batched).extracting(IngestResult::status)
        .containsExactly(INGESTED, INGESTED, UNCHANGED, NEW_VERSION, DUPLICATE, INGESTED, INGESTED);
    String summit = batched.get(0).id();
    assertThat(batched.get(2).id()).isEqualTo(summit);
    assertThat(batched.get(3).previousVersion()).isEqualTo(summit);
    assertThat(batched.get(3).version()).isEqualTo(2);
    assertThat(batched.get(4).duplicateOf()).isEqualTo(summit);

    try (Corpus one = Corpus.open(dir.resolve("one-by-one")); Corpus batch = Corpus.open(dir.resolve("batched"))) {
      assertThat(batch.size()).isEqualTo(one.size()).isEqualTo(6);
      assertThat(batch.copies(summit)).isEqualTo(one.copies(summit)).hasSize(2);
      assertThat(batch.versions("https://news.example.com/2025/02/07/summit"))
          .isEqualTo(one.versions("https://news.example.com/2025/02/07/summit")).hasSize(2);
      assertThat(batch.search(SearchQuery.text("summit")).hits()).extracting(SearchHit::id, SearchHit::original)
          .isEqualTo(one.search(SearchQuery.text("summit")).hits().stream()
              .map(h -> org.assertj.core.groups.Tuple.tuple(h.id(), h.original())).toList());
    }
  }

  @Test
  void addingABatchAgainChangesNothing() throws IOException {
    List<IngestResult> first;
    long ledgerBytes;
    try (Corpus corpus = Corpus.open(dir)) {
      first = corpus.addAll(dependentBatch(), Docs.META);
      ledgerBytes = Files.size(dir.resolve(Corpus.LEDGER_FILE));
      List<IngestResult> again = corpus.addAll(dependentBatch(), Docs.META);
      assertThat(again).extracting(IngestResult::status).containsOnly(UNCHANGED);
      assertThat(again).extracting(IngestResult::id).isEqualTo(first.stream().map(IngestResult::id).toList());
      assertThat(again).extracting(IngestResult::version).isEqualTo(first.stream().map(IngestResult::version).toList());
    }
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.addAll(dependentBatch(), Docs.META)).extracting(IngestResult::status).containsOnly(UNCHANGED);
      assertThat(corpus.size()).isEqualTo(6);
      assertThat(corpus.addAll(List.of(), Docs.META)).isEmpty();
    }
    assertThat(Files.size(dir.resolve(Corpus.LEDGER_FILE))).isEqualTo(ledgerBytes);
  }

  @Test
  void aBatchIsForcedOnceAndIsOnDiskWhenAcknowledged() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      long forces = corpus.ledger().forces();
      List<IngestResult> results = corpus.addAll(numbered(0, 50), Docs.META);
      assertThat(results).extracting(IngestResult::status).containsOnly(INGESTED);
      assertThat(corpus.ledger().forces()).isEqualTo(forces + 1);
      assertThat(corpus.ledger().durable()).isEqualTo(Files.size(dir.resolve(Corpus.LEDGER_FILE)));

      // the same documents one by one: a force each
      forces = corpus.ledger().forces();
      for (Analysis a : numbered(100, 105)) {
        corpus.add(a, Docs.META);
        assertThat(corpus.ledger().durable()).isEqualTo(Files.size(dir.resolve(Corpus.LEDGER_FILE)));
      }
      assertThat(corpus.ledger().forces()).isEqualTo(forces + 5);
    }
  }

  @Test
  void whatABatchAcknowledgedSurvivesACrashBeforeTheIndexCommits() throws IOException {
    Corpus corpus = Corpus.open(dir);
    corpus.add(CorpusTest.summit(), Docs.META);
    corpus.commit();
    List<IngestResult> acknowledged = corpus.addAll(numbered(0, 30), Docs.META);
    corpus.crash();

    try (Corpus reopened = Corpus.open(dir)) {
      assertThat(reopened.recovery().replayed()).isEqualTo(30);
      assertThat(reopened.size()).isEqualTo(31);
      for (IngestResult r : acknowledged) {
        assertThat(reopened.show(r.id())).isPresent();
      }
      assertThat(reopened.search(SearchQuery.text("harbour talks")).total()).isEqualTo(30);
      assertThat(reopened.addAll(numbered(0, 30), Docs.META)).extracting(IngestResult::status).containsOnly(UNCHANGED);
    }
  }

  @Test
  void aBatchCutShortByACrashKeepsItsWholeLinesAndLosesTheTornOne() throws IOException {
    List<IngestResult> acknowledged;
    try (Corpus corpus = Corpus.open(dir)) {
      acknowledged = corpus.addAll(numbered(0, 10), Docs.META);
    }
    // the next batch's write, cut in its third line: never acknowledged, as no force followed
    Path ledger = dir.resolve(Corpus.LEDGER_FILE);
    long before = Files.size(ledger);
    List<StoredAnalysis> unacknowledged = List.of(LedgerTest.record("eleven"), LedgerTest.record("twelve"),
        LedgerTest.record("thirteen"));
    byte[] whole = new byte[0];
    long tornAt = before;
    for (StoredAnalysis record : unacknowledged) {
      tornAt = before + whole.length;
      byte[] line = LedgerCodec.encode(record);
      whole = Arrays.copyOf(whole, whole.length + line.length);
      System.arraycopy(line, 0, whole, whole.length - line.length, line.length);
    }
    Files.write(ledger, Arrays.copyOf(whole, whole.length - 30), StandardOpenOption.APPEND);

    try (Corpus corpus = Corpus.open(dir)) {
      long torn = tornAt;
      assertThat(corpus.recovery().damage()).singleElement().satisfies(d -> {
        assertThat(d.offset()).isEqualTo(torn);
        assertThat(d.action()).isEqualTo(LedgerDamage.Action.TRUNCATED);
      });
      for (IngestResult r : acknowledged) {
        assertThat(corpus.show(r.id())).isPresent();
      }
      // whole lines of the unacknowledged batch are kept, as a crash after a write would keep them
      assertThat(corpus.recovery().replayed()).isEqualTo(2);
      assertThat(corpus.show(unacknowledged.get(2).id())).isEmpty();
      assertThat(corpus.size()).isEqualTo(12);
    }
  }

  private static List<Analysis> numbered(int from, int to) {
    return IntStream.range(from, to).mapToObj(CorpusRecoveryTest::numbered).toList();
  }
}
