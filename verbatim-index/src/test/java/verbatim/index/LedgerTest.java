package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Analysis;

class LedgerTest {
  @TempDir Path dir;

  @Test
  void recordsReadBackInOrderAfterReopening() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    List<StoredAnalysis> written = List.of(record("one"), record("two"), record("세 번째 기사"));
    try (Ledger ledger = Ledger.open(file)) {
      List<LedgerEntry> entries = ledger.append(written);
      ledger.sync(entries.get(entries.size() - 1).end());
      assertThat(ledger.read(entries.get(1).offset(), entries.get(1).length())).isEqualTo(written.get(1));
    }
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(all(ledger)).isEqualTo(written);
      assertThat(ledger.damage()).isEmpty();
      assertThat(ledger.size()).isEqualTo(3);
    }
  }

  @Test
  void aBatchPlacesEachRecordBeforeWritingThemAllAtOnce() throws IOException {
    try (Ledger ledger = Ledger.open(dir.resolve("ledger.jsonl"))) {
      ledger.append(List.of(record("zero")));
      Ledger.Batch batch = ledger.batch();
      LedgerEntry one = batch.add(record("one"));
      LedgerEntry two = batch.add(record("two"));
      // placed, not yet written
      assertThat(one.offset()).isEqualTo(ledger.end());
      assertThat(two.offset()).isEqualTo(one.end());
      assertThat(batch.write()).containsExactly(one, two);
      assertThat(ledger.end()).isEqualTo(two.end());
      assertThat(ledger.read(two.offset(), two.length())).isEqualTo(two.record());
      assertThat(ledger.size()).isEqualTo(3);

      Ledger.Batch stale = ledger.batch();
      stale.add(record("three"));
      ledger.append(List.of(record("four")));
      assertThatThrownBy(stale::write).isInstanceOf(IllegalStateException.class).hasMessageContaining("interleave");
    }
  }

  @Test
  void aTornLastLineIsReportedAndCutOff() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    List<StoredAnalysis> acknowledged = List.of(record("one"), record("two"));
    long goodEnd;
    try (Ledger ledger = Ledger.open(file)) {
      ledger.sync(ledger.append(acknowledged).get(1).end());
      goodEnd = ledger.end();
    }
    byte[] line = LedgerCodec.encode(record("three"));
    Files.write(file, java.util.Arrays.copyOf(line, line.length / 2), StandardOpenOption.APPEND);

    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.damage()).singleElement().satisfies(d -> {
        assertThat(d.offset()).isEqualTo(goodEnd);
        assertThat(d.action()).isEqualTo(LedgerDamage.Action.TRUNCATED);
      });
      assertThat(Files.size(file)).isEqualTo(goodEnd);
      assertThat(all(ledger)).isEqualTo(acknowledged);
      ledger.sync(ledger.append(List.of(record("four"))).get(0).end());
    }
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.damage()).isEmpty();
      assertThat(all(ledger)).extracting(StoredAnalysis::id)
          .containsExactly(record("one").id(), record("two").id(), record("four").id());
    }
  }

  @Test
  void aWholeLastLineWithABadChecksumIsCutOffToo() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.sync(ledger.append(List.of(record("one"), record("two"))).get(1).end());
    }
    String content = Files.readString(file).replace("\"text\":\"two", "\"text\":\"tw0");
    Files.writeString(file, content);
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.damage()).singleElement().extracting(LedgerDamage::action)
          .isEqualTo(LedgerDamage.Action.TRUNCATED);
      assertThat(all(ledger)).extracting(StoredAnalysis::id).containsExactly(record("one").id());
    }
  }

  @Test
  void aDamagedLineInTheMiddleIsReportedAndSkippedButKept() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.sync(ledger.append(List.of(record("one"), record("two"), record("three"))).get(2).end());
    }
    String content = Files.readString(file).replace("\"text\":\"two", "\"text\":\"tw0");
    Files.writeString(file, content);
    long size = Files.size(file);
    try (Ledger ledger = Ledger.open(file)) {
      assertThat(ledger.damage()).singleElement().satisfies(d -> {
        assertThat(d.action()).isEqualTo(LedgerDamage.Action.SKIPPED);
        assertThat(d.reason()).contains("checksum");
      });
      assertThat(all(ledger)).extracting(StoredAnalysis::id).containsExactly(record("one").id(), record("three").id());
      assertThat(Files.size(file)).isEqualTo(size);
    }
  }

  @Test
  void everyLineIsJsonWithItsChecksum() throws IOException {
    Path file = dir.resolve("ledger.jsonl");
    try (Ledger ledger = Ledger.open(file)) {
      ledger.sync(ledger.append(List.of(record("one"))).get(0).end());
    }
    String line = Files.readAllLines(file, StandardCharsets.UTF_8).get(0);
    assertThat(new com.fasterxml.jackson.databind.ObjectMapper().readTree(line).fieldNames())
        .toIterable().containsExactly("v", "ingestion", "analysis", "crc32c");
  }

  private static List<StoredAnalysis> all(Ledger ledger) throws IOException {
    try (Stream<LedgerEntry> entries = ledger.records(0)) {
      return entries.map(LedgerEntry::record).toList();
    }
  }

  static StoredAnalysis record(String text) {
    Analysis a = Docs.text(text).url("https://example.com/" + text.hashCode()).published("2025-02-10").build();
    Ingestion i = new Ingestion(a.document().id(), a.document().article().url(), a.document().input(), null,
        a.document().kind(), Docs.META.ingestedAt(), Docs.META.analyzer(), 1, null, null);
    return new StoredAnalysis(i, a);
  }
}
