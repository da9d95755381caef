package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Analysis;

class CorpusRecoveryTest {
  @TempDir Path dir;

  @Test
  void anIndexRebuiltFromTheLedgerAnswersAsTheOriginalDid() throws IOException {
    List<Object> before;
    try (Corpus corpus = Corpus.open(dir)) {
      addSample(corpus);
      before = answers(corpus);
      assertThat(corpus.reindex()).isEqualTo(5);
      assertThat(answers(corpus)).isEqualTo(before);
    }
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.recovery().clean()).isTrue();
      assertThat(answers(corpus)).isEqualTo(before);
    }
  }

  @Test
  void aDeletedIndexIsRebuiltFromTheLedgerOnOpen() throws IOException {
    List<Object> before;
    try (Corpus corpus = Corpus.open(dir)) {
      addSample(corpus);
      before = answers(corpus);
    }
    deleteTree(dir.resolve(Corpus.INDEX_DIR));
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.recovery().rebuilt()).isTrue();
      assertThat(answers(corpus)).isEqualTo(before);
      assertThat(corpus.add(CorpusTest.summit(), Docs.META).status()).isEqualTo(IngestStatus.UNCHANGED);
    }
  }

  @Test
  void anIndexBehindTheLedgerCatchesUpOnOpen() throws IOException {
    Corpus corpus = Corpus.open(dir);
    corpus.add(CorpusTest.summit(), Docs.META);
    corpus.commit();
    corpus.add(CorpusTest.tariffs(), Docs.META);
    IngestResult floods = corpus.add(CorpusTest.floods(), Docs.META);
    // acknowledged, in the ledger, but the index never committed them
    corpus.crash();

    try (Corpus reopened = Corpus.open(dir)) {
      assertThat(reopened.recovery().replayed()).isEqualTo(2);
      assertThat(reopened.recovery().rebuilt()).isFalse();
      assertThat(reopened.size()).isEqualTo(3);
      assertThat(reopened.search(SearchQuery.text("flooded villages")).hits()).extracting(SearchHit::id)
          .containsExactly(floods.id());
      assertThat(reopened.add(CorpusTest.floods(), Docs.META).status()).isEqualTo(IngestStatus.UNCHANGED);
    }
    try (Corpus again = Corpus.open(dir)) {
      assertThat(again.recovery().clean()).isTrue();
    }
  }

  @Test
  void aTornLastRecordIsReportedAndGoneAndEverythingAcknowledgedStays() throws IOException {
    List<String> acknowledged = new ArrayList<>();
    try (Corpus corpus = Corpus.open(dir)) {
      acknowledged.add(corpus.add(CorpusTest.summit(), Docs.META).id());
      acknowledged.add(corpus.add(CorpusTest.tariffs(), Docs.META).id());
    }
    Path ledger = dir.resolve(Corpus.LEDGER_FILE);
    long goodLength = Files.size(ledger);
    StoredAnalysis torn = LedgerTest.record("a record whose write the crash cut short");
    byte[] line = LedgerCodec.encode(torn);
    Files.write(ledger, Arrays.copyOf(line, line.length - 40), StandardOpenOption.APPEND);

    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.recovery().damage()).singleElement().satisfies(d -> {
        assertThat(d.offset()).isEqualTo(goodLength);
        assertThat(d.action()).isEqualTo(LedgerDamage.Action.TRUNCATED);
      });
      assertThat(Files.size(ledger)).isEqualTo(goodLength);
      for (String id : acknowledged) {
        assertThat(corpus.show(id)).isPresent();
      }
      assertThat(corpus.show(torn.id())).isEmpty();
      assertThat(corpus.size()).isEqualTo(2);
    }
  }

  @Test
  void twoThreadsAddingTogetherLoseNothing() throws Exception {
    int perThread = 40;
    try (Corpus corpus = Corpus.open(dir)) {
      ExecutorService pool = Executors.newFixedThreadPool(2);
      try {
        List<Future<List<IngestResult>>> futures = new ArrayList<>();
        for (int t = 0; t < 2; t++) {
          int thread = t;
          Callable<List<IngestResult>> task = () -> {
            List<IngestResult> results = new ArrayList<>();
            for (int i = 0; i < perThread; i++) {
              results.add(corpus.add(numbered(thread * perThread + i), Docs.META));
              // both threads also add the same shared documents: exactly one of them ingests each
              results.add(corpus.add(numbered(1000 + i % 5), Docs.META));
            }
            return results;
          };
          futures.add(pool.submit(task));
        }
        List<IngestResult> all = new ArrayList<>();
        for (Future<List<IngestResult>> f : futures) {
          all.addAll(f.get());
        }
        assertThat(all.stream().filter(r -> r.status() == IngestStatus.INGESTED).count()).isEqualTo(2 * perThread + 5);
      } finally {
        pool.shutdown();
      }
      assertThat(corpus.size()).isEqualTo(2 * perThread + 5);
      assertThat(corpus.search(SearchQuery.all()).total()).isEqualTo(2 * perThread + 5);
    }
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.size()).isEqualTo(2 * perThread + 5);
      assertThat(corpus.reindex()).isEqualTo(2 * perThread + 5);
    }
  }

  @Test
  void aSecondOpenOfTheSameFolderIsRefused() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      assertThatThrownBy(() -> Corpus.open(dir)).isInstanceOf(IOException.class);
      corpus.add(CorpusTest.summit(), Docs.META);
    }
  }

  /** A distinct short document: too short for a fingerprint, so never a near-duplicate. */
  static Analysis numbered(int n) {
    return Docs.text("Report number " + n + " on the harbour talks.").url("https://example.com/report/" + n)
        .published("2025-01-" + String.format("%02d", 1 + n % 28)).build();
  }

  private static void addSample(Corpus corpus) throws IOException {
    corpus.add(CorpusTest.summit(), Docs.META);
    corpus.add(CorpusTest.tariffs(), Docs.META);
    corpus.add(CorpusTest.floods(), Docs.META);
    corpus.add(Docs.text(CorpusTest.SUMMIT + " Update.").url("https://news.example.com/2025/02/07/summit")
        .published("2025-02-07").build(), Docs.META);
    corpus.add(Docs.text(CorpusTest.SUMMIT).url("https://copy.example.com/x").published("2025-02-09").build(),
        Docs.META);
  }

  /** What the corpus says to a fixed set of questions, as plain values. */
  private static List<Object> answers(Corpus corpus) throws IOException {
    List<Object> out = new ArrayList<>();
    for (SearchQuery q : List.of(SearchQuery.all(), SearchQuery.text("denuclearization"), SearchQuery.text("tariffs"),
        SearchQuery.all().withSpeakers("Donald Trump"))) {
      SearchResult r = corpus.search(q);
      out.add(r.total());
      out.add(r.facets());
      out.add(r.hits().stream().map(h -> List.of(h.id(), h.version(), String.valueOf(h.original()), h.snippets()))
          .toList());
    }
    out.add(corpus.quotes(QuoteQuery.all()).hits());
    out.add(corpus.people());
    out.add(corpus.versions("https://news.example.com/2025/02/07/summit"));
    out.add(corpus.size());
    return out;
  }

  private static void deleteTree(Path root) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
