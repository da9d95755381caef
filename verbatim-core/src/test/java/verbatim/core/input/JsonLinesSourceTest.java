package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import verbatim.core.extract.Page;

class JsonLinesSourceTest {
  private static final String PAGE = "{\"url\":\"https://news.example/a\",\"html\":\"<html><body><p>Hello</p></body></html>\"}";
  private static final String SCRAPE = "{\"url\":\"https://news.example/b\",\"text\":\"Plain words.\",\"fetched\":\"2025-02-10T01:02:03Z\"}";
  private static final String ANALYSIS = "{\"input\":\"a.html\",\"id\":\"0123456789abcdef\",\"url\":null,"
      + "\"text\":\"He said “yes”.\",\"quotes\":[]}";

  private static List<SourceItem> read(String content) {
    return read(content.getBytes(StandardCharsets.UTF_8), 1 << 20);
  }

  private static List<SourceItem> read(byte[] bytes, long limit) {
    return Drain.all(new JsonLinesSource("pages.jsonl", new ByteArrayInputStream(bytes), limit));
  }

  @Test
  void pageLinesBecomeRawInputsNamedByLine() {
    List<SourceItem> items = read(PAGE + "\n" + SCRAPE + "\n");
    assertThat(items).hasSize(2).allMatch(SourceItem.Raw.class::isInstance);
    RawInput first = ((SourceItem.Raw) items.get(0)).raw();
    assertThat(first.name()).isEqualTo("pages.jsonl#line 1");
    assertThat(first.url()).isEqualTo("https://news.example/a");
    assertThat(Drain.text(items.get(0))).endsWith("<html><body><p>Hello</p></body></html>");
    RawInput second = ((SourceItem.Raw) items.get(1)).raw();
    assertThat(second.fetched()).isEqualTo(Instant.parse("2025-02-10T01:02:03Z"));
  }

  @Test
  void analysisLinesPassThroughByteForByte() {
    List<SourceItem> items = read(ANALYSIS + "\r\n");
    assertThat(items).containsExactly(new SourceItem.PreAnalyzed("pages.jsonl#line 1", "0123456789abcdef", ANALYSIS));
  }

  @Test
  void malformedLineFailsAloneNamingFileAndLine() {
    List<SourceItem> items = read(PAGE + "\n{\"url\": \"x\", \"html\": \n" + SCRAPE + "\n[1,2]\n{\"title\":\"t\"}\n{} {}\n");
    assertThat(items).extracting(SourceItem::input).containsExactly(
        "pages.jsonl#line 1", "pages.jsonl#line 2", "pages.jsonl#line 3", "pages.jsonl#line 4", "pages.jsonl#line 5",
        "pages.jsonl#line 6");
    assertThat(items.get(1)).isInstanceOf(SourceItem.Failed.class);
    assertThat(((SourceItem.Failed) items.get(1)).reason()).startsWith("not JSON");
    assertThat(items.get(2)).isInstanceOf(SourceItem.Raw.class);
    assertThat(((SourceItem.Failed) items.get(3)).reason()).isEqualTo("not a JSON object");
    assertThat(((SourceItem.Failed) items.get(4)).reason()).startsWith("neither a page");
    assertThat(((SourceItem.Failed) items.get(5)).reason()).startsWith("not JSON");
  }

  @Test
  void blankLinesAreSkippedAndCounted() {
    JsonLinesSource source = new JsonLinesSource("p.jsonl",
        new ByteArrayInputStream(("\n" + PAGE + "\n   \n" + PAGE).getBytes(StandardCharsets.UTF_8)), 1 << 20);
    List<SourceItem> items = Drain.all(source);
    assertThat(items).extracting(SourceItem::input).containsExactly("p.jsonl#line 2", "p.jsonl#line 4");
    assertThat(source.skipped().byReason()).containsEntry("blank line", 2L);
  }

  @Test
  void lineOverTheLimitFailsAloneAndTheNextIsRead() {
    String big = "{\"url\":\"u\",\"html\":\"" + "x".repeat(500) + "\"}";
    List<SourceItem> items = read((big + "\n" + PAGE.substring(0, 20) + "\"}\n" + big).getBytes(StandardCharsets.UTF_8), 100);
    assertThat(items).hasSize(3);
    assertThat(((SourceItem.Failed) items.get(0)).reason()).startsWith("line too long: 521 bytes, the limit is 100");
    assertThat(items.get(1).input()).isEqualTo("pages.jsonl#line 2");
    assertThat(items.get(2)).isInstanceOf(SourceItem.Failed.class);
  }

  @Test
  void gzipIsRecognisedByItsMagicBytes() throws IOException {
    List<SourceItem> items = read(gzip((PAGE + "\n" + ANALYSIS + "\n").getBytes(StandardCharsets.UTF_8)), 1 << 20);
    assertThat(items).hasSize(2);
    assertThat(items.get(1)).isInstanceOf(SourceItem.PreAnalyzed.class);
  }

  @Test
  void truncatedGzipFailsAfterTheLinesBeforeIt() throws IOException {
    StringBuilder many = new StringBuilder();
    for (int i = 0; i < 200; i++) {
      many.append("{\"url\":\"https://news.example/").append(i).append("\",\"text\":\"").append(i * 7919).append("\"}\n");
    }
    byte[] whole = gzip(many.toString().getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = read(Arrays.copyOf(whole, whole.length - 30), 1 << 20);
    SourceItem last = items.get(items.size() - 1);
    assertThat(last).isInstanceOf(SourceItem.Failed.class);
    assertThat(((SourceItem.Failed) last).reason()).startsWith("truncated gzip");
    assertThat(items.subList(0, items.size() - 1)).isNotEmpty().allMatch(SourceItem.Raw.class::isInstance);
    assertThat(last.input()).isEqualTo("pages.jsonl#line " + items.size());
  }

  @Test
  void pageCharactersReachTheDecoderAsTheyWereInTheJson() throws InputException {
    String korean = "북한은 이날 성명을 발표했다.";
    String line = "{\"url\":\"u\",\"html\":\"<html><head><meta charset=\\\"euc-kr\\\"></head><body><p>" + korean
        + "</p></body></html>\"}";
    RawInput raw = ((SourceItem.Raw) read(line).get(0)).raw();
    Page page = new PageDecoder().decode(raw, false);
    assertThat(page.content()).contains(korean).doesNotStartWith("\uFEFF");
    assertThat(page.problems()).isEmpty();
  }

  @Test
  void emptyFileHasNoItems() {
    assertThat(read("")).isEmpty();
  }

  @Test
  void streamYieldsTheSameItemsLazily() {
    JsonLinesSource source = new JsonLinesSource("p.jsonl",
        new ByteArrayInputStream((PAGE + "\n" + ANALYSIS).getBytes(StandardCharsets.UTF_8)), 1 << 20);
    try (var items = source.stream()) {
      assertThat(items.map(SourceItem::input)).containsExactly("p.jsonl#line 1", "p.jsonl#line 2");
    }
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }
}
