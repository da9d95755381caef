package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

@Timeout(30)
class WarcSourceTest {
  private static final Instant DATE = Instant.parse("2025-02-10T07:24:00Z");
  private static final UUID LAST = UUID.fromString("0b1c6a6e-5f4c-4c1e-9a8e-3d2f1e0d9c8b");

  @TempDir Path folder;

  /** A crawl of nine records: five pages among a request, an image, a 404 and metadata. */
  private List<WarcRecord> crawl() throws IOException {
    return List.of(
        new Warcinfo.Builder().fields(java.util.Map.of("software", List.of("verbatim test"))).build(),
        request("https://news.example/one"),
        html("https://news.example/one", page("One"), "text/html; charset=utf-8"),
        response("https://news.example/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}, null),
        response("https://news.example/gone", 404, "text/html", page("Not found").getBytes(StandardCharsets.UTF_8), null),
        response("https://news.example/two", 200, "text/html", gzip(page("Two")), "gzip"),
        html("https://news.example/three", page("Three"), "application/xhtml+xml"),
        new WarcMetadata.Builder().body(MediaType.PLAIN_TEXT, "outlinks".getBytes(StandardCharsets.UTF_8)).build(),
        new WarcResource.Builder(URI.create("https://news.example/four")).date(DATE)
            .body(MediaType.HTML, page("Four").getBytes(StandardCharsets.UTF_8)).build(),
        chunked("https://news.example/five", page("Five")));
  }

  @Test
  void yieldsOnePagePerHtmlResponseWithItsUrlAndDate() throws IOException {
    Path warc = write("crawl.warc", WarcCompression.NONE, crawl());
    WarcSource source = open(warc, 1 << 20);
    List<SourceItem> items = Drain.all(source);
    assertThat(items).allMatch(SourceItem.Raw.class::isInstance);
    assertThat(items).extracting(i -> ((SourceItem.Raw) i).raw().url()).containsExactly(
        "https://news.example/one", "https://news.example/two", "https://news.example/three",
        "https://news.example/four", "https://news.example/five");
    assertThat(items).extracting(Drain::text).containsExactly(page("One"), page("Two"), page("Three"), page("Four"),
        page("Five"));
    RawInput first = ((SourceItem.Raw) items.get(0)).raw();
    assertThat(first.fetched()).isEqualTo(DATE);
    assertThat(first.name()).startsWith(warc + "#record 3 (urn:uuid:");
    assertThat(source.skipped().byReason()).containsOnly(
        java.util.Map.entry("warcinfo record", 1L), java.util.Map.entry("request record", 1L),
        java.util.Map.entry("not HTML: image/png", 1L), java.util.Map.entry("HTTP status 404", 1L),
        java.util.Map.entry("metadata record", 1L));
  }

  @Test
  void gzipCompressedArchiveGivesTheSamePages() throws IOException {
    List<SourceItem> plain = Drain.all(open(write("a.warc", WarcCompression.NONE, crawl()), 1 << 20));
    List<SourceItem> gzip = Drain.all(open(write("a.warc.gz", WarcCompression.GZIP, crawl()), 1 << 20));
    assertThat(gzip).extracting(Drain::text).isEqualTo(plain.stream().map(Drain::text).toList());
  }

  @Test
  void cutOffGzipMemberFailsThatRecordAfterTheOnesBeforeIt() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP, withIncompressibleLast());
    Path cut = truncate(whole, Files.size(whole) - 3000);
    List<SourceItem> items = Drain.all(open(cut, 1 << 20));
    assertThat(items).hasSize(6);
    assertThat(items.subList(0, 5)).allMatch(SourceItem.Raw.class::isInstance);
    assertThat(items.get(5)).isEqualTo(new SourceItem.Failed(cut + "#record 11 (urn:uuid:" + LAST + ")",
        "truncated: the file ends inside this record"));
  }

  @Test
  void cutOffUncompressedArchiveFailsThatRecordAfterTheOnesBeforeIt() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE, withIncompressibleLast());
    List<SourceItem> items = Drain.all(open(truncate(whole, Files.size(whole) - 3000), 1 << 20));
    assertThat(items).hasSize(6);
    assertThat(((SourceItem.Failed) items.get(5)).reason()).isEqualTo("truncated: the file ends inside this record");
  }

  @Test
  void fileCutInsideTheLastHeaderFailsThatRecord() throws IOException {
    Path whole = write("whole.warc", WarcCompression.NONE, withIncompressibleLast());
    long lastStart = Files.size(write("head.warc", WarcCompression.NONE, crawl()));
    List<SourceItem> items = Drain.all(open(truncate(whole, lastStart + 40), 1 << 20));
    assertThat(items).hasSize(6);
    assertThat(items.get(5)).isEqualTo(new SourceItem.Failed(folder.resolve("cut-whole.warc") + "#record 11",
        "truncated: the file ends inside this record's header"));
  }

  @Test
  void fileCutInsideTheLastTrailerStillDeliversItsContent() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP, withIncompressibleLast());
    List<SourceItem> items = Drain.all(open(truncate(whole, Files.size(whole) - 4), 1 << 20));
    assertThat(items).hasSize(7);
    assertThat(items.get(5)).isInstanceOf(SourceItem.Raw.class);
    assertThat(((SourceItem.Failed) items.get(6)).reason()).contains("trailer");
    assertThat(items.get(6).input()).isEqualTo(folder.resolve("cut-whole.warc.gz") + "#record 11");
  }

  @Test
  void pageOverTheSizeLimitFailsAloneAndReadingGoesOn() throws IOException {
    List<WarcRecord> records = List.of(
        html("https://news.example/big", page("x".repeat(5000)), "text/html"),
        html("https://news.example/small", page("y"), "text/html"));
    List<SourceItem> items = Drain.all(open(write("big.warc.gz", WarcCompression.GZIP, records), 1000));
    assertThat(items).hasSize(2);
    assertThat(((SourceItem.Failed) items.get(0)).reason()).startsWith("too large: more than 1000 bytes");
    assertThat(items.get(1)).isInstanceOf(SourceItem.Raw.class);
  }

  @Test
  void badContentEncodingFailsAloneAndReadingGoesOn() throws IOException {
    byte[] cutGzip = Arrays.copyOf(gzip(page("z".repeat(2000))), 40);
    List<WarcRecord> records = List.of(
        response("https://news.example/bad", 200, "text/html", cutGzip, "gzip"),
        response("https://news.example/odd", 200, "text/html", page("q").getBytes(StandardCharsets.UTF_8), "compress"),
        html("https://news.example/good", page("ok"), "text/html"));
    List<SourceItem> items = Drain.all(open(write("enc.warc", WarcCompression.NONE, records), 1 << 20));
    assertThat(items).hasSize(3);
    assertThat(((SourceItem.Failed) items.get(0)).reason()).startsWith("cannot read the page");
    assertThat(((SourceItem.Failed) items.get(1)).reason()).contains("compress");
    assertThat(Drain.text(items.get(2))).isEqualTo(page("ok"));
  }

  @Test
  void corruptGzipMemberInTheMiddleFailsAloneWhenReadFromAFile() throws IOException {
    long[] starts = new long[4];
    Path warc = writeTracking("mid.warc.gz", WarcCompression.GZIP, threePages(), starts);
    byte[] bytes = Files.readAllBytes(warc);
    Arrays.fill(bytes, (int) starts[1] + 10, (int) starts[2] - 8, (byte) 0xFF); // deflate data: reserved block type
    Files.write(warc, bytes);
    List<SourceItem> items = Drain.all(WarcSource.open(warc, "mid.warc.gz", 1 << 20));
    assertThat(items).hasSize(3);
    assertThat(Drain.text(items.get(0))).isEqualTo(page("first"));
    assertThat(items.get(1).input()).isEqualTo("mid.warc.gz#record 2");
    assertThat(((SourceItem.Failed) items.get(1)).reason()).startsWith("not a readable WARC record")
        .endsWith("; reading resumes at byte " + starts[2]);
    assertThat(items.get(2).input()).startsWith("mid.warc.gz#record 3 (urn:uuid:");
    assertThat(Drain.text(items.get(2))).isEqualTo(page("third"));
  }

  @Test
  void damagedHeaderInTheMiddleFailsAloneWhenReadFromAFile() throws IOException {
    long[] starts = new long[4];
    Path warc = writeTracking("mid.warc", WarcCompression.NONE, threePages(), starts);
    byte[] bytes = Files.readAllBytes(warc);
    bytes[(int) starts[1] + 1] = 'X'; // WXRC/1.1
    Files.write(warc, bytes);
    List<SourceItem> items = Drain.all(WarcSource.open(warc, "mid.warc", 1 << 20));
    assertThat(items).extracting(SourceItem::input).satisfiesExactly(
        name -> assertThat(name).startsWith("mid.warc#record 1 ("),
        name -> assertThat(name).isEqualTo("mid.warc#record 2"),
        name -> assertThat(name).startsWith("mid.warc#record 3 ("));
    assertThat(((SourceItem.Failed) items.get(1)).reason()).endsWith("; reading resumes at byte " + starts[2]);
  }

  @Test
  void brokenRecordEndsAnArchiveReadFromAStream() throws IOException {
    long[] starts = new long[4];
    Path warc = writeTracking("mid.warc", WarcCompression.NONE, threePages(), starts);
    byte[] bytes = Files.readAllBytes(warc);
    bytes[(int) starts[1] + 1] = 'X';
    List<SourceItem> items = Drain.all(new WarcSource("mid.warc", new ByteArrayInputStream(bytes), 1 << 20));
    assertThat(items).hasSize(2);
    assertThat(((SourceItem.Failed) items.get(1)).reason()).doesNotContain("resumes");
  }

  @Test
  void truncatedTailReadFromAFileEndsAsFromAStream() throws IOException {
    Path whole = write("whole.warc.gz", WarcCompression.GZIP, withIncompressibleLast());
    Path cut = truncate(whole, Files.size(whole) - 3000);
    List<SourceItem> items = Drain.all(WarcSource.open(cut, "cut.warc.gz", 1 << 20));
    assertThat(items).hasSize(6);
    assertThat(((SourceItem.Failed) items.get(5)).reason()).isEqualTo("truncated: the file ends inside this record");
  }

  @Test
  void somethingElseThanAWarcIsOneFailure() {
    InputStream notWarc = new ByteArrayInputStream("<html><body>hello</body></html>\r\n\r\n".getBytes(StandardCharsets.UTF_8));
    List<SourceItem> items = Drain.all(new WarcSource("page.warc", notWarc, 1 << 20));
    assertThat(items).hasSize(1);
    assertThat(items.get(0).input()).isEqualTo("page.warc#record 1");
    assertThat(((SourceItem.Failed) items.get(0)).reason()).startsWith("not a readable WARC record");
  }

  @Test
  void emptyArchiveHasNoItems() {
    assertThat(Drain.all(new WarcSource("empty.warc", new ByteArrayInputStream(new byte[0]), 1 << 20))).isEmpty();
  }

  /** The crawl and an 11th record large enough, even gzipped, that a cut lands in its body. */
  private List<WarcRecord> withIncompressibleLast() throws IOException {
    Random random = new Random(17);
    StringBuilder noise = new StringBuilder();
    for (int i = 0; i < 40_000; i++) {
      noise.append((char) ('a' + random.nextInt(26)));
    }
    WarcResponse last = new WarcResponse.Builder(URI.create("https://news.example/last")).recordId(LAST).date(DATE)
        .body(new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
            .body(MediaType.HTML, page(noise.toString()).getBytes(StandardCharsets.UTF_8)).build())
        .build();
    List<WarcRecord> records = new java.util.ArrayList<>(crawl());
    records.add(last);
    return records;
  }

  private static List<WarcRecord> threePages() throws IOException {
    return List.of(html("https://news.example/1", page("first"), "text/html"),
        html("https://news.example/2", page("second ".repeat(300)), "text/html"),
        html("https://news.example/3", page("third"), "text/html"));
  }

  /** Writes {@code records}, noting in {@code starts} the byte where each begins and where the file ends. */
  private Path writeTracking(String name, WarcCompression compression, List<WarcRecord> records, long[] starts)
      throws IOException {
    Path file = folder.resolve(name);
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        compression)) {
      for (int i = 0; i < records.size(); i++) {
        starts[i] = writer.position();
        writer.write(records.get(i));
      }
      starts[records.size()] = writer.position();
    }
    return file;
  }

  private WarcSource open(Path warc, long limit) throws IOException {
    return new WarcSource(warc.toString(), Files.newInputStream(warc), limit);
  }

  private Path write(String name, WarcCompression compression, List<WarcRecord> records) throws IOException {
    Path file = folder.resolve(name);
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        compression)) {
      for (WarcRecord record : records) {
        writer.write(record);
      }
    }
    return file;
  }

  private Path truncate(Path file, long length) throws IOException {
    Path cut = folder.resolve("cut-" + file.getFileName());
    Files.write(cut, Arrays.copyOf(Files.readAllBytes(file), (int) length));
    return cut;
  }

  static String page(String body) {
    return "<html><head><title>" + body.substring(0, Math.min(body.length(), 10)) + "</title></head><body><p>" + body
        + "</p></body></html>";
  }

  private static WarcRequest request(String url) throws IOException {
    return new WarcRequest.Builder(URI.create(url)).date(DATE)
        .body(new HttpRequest.Builder("GET", URI.create(url).getRawPath()).addHeader("Host", "news.example").build())
        .build();
  }

  private static WarcResponse html(String url, String html, String contentType) throws IOException {
    return response(url, 200, contentType, html.getBytes(StandardCharsets.UTF_8), null);
  }

  private static WarcResponse response(String url, int status, String contentType, byte[] body, String encoding)
      throws IOException {
    HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
        .addHeader("Content-Type", contentType);
    if (encoding != null) {
      http.addHeader("Content-Encoding", encoding);
    }
    return new WarcResponse.Builder(URI.create(url)).date(DATE)
        .body(http.body(MediaType.parse(contentType), body).build()).build();
  }

  private static WarcResponse chunked(String url, String html) throws IOException {
    byte[] content = html.getBytes(StandardCharsets.UTF_8);
    int half = content.length / 2;
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    body.writeBytes((Integer.toHexString(half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(content, 0, half);
    body.writeBytes(("\r\n" + Integer.toHexString(content.length - half) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    body.write(content, half, content.length - half);
    body.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
    HttpResponse http = new HttpResponse.Builder(200, "OK").addHeader("Content-Type", "text/html")
        .addHeader("Transfer-Encoding", "chunked").body(MediaType.HTML, body.toByteArray()).build();
    return new WarcResponse.Builder(URI.create(url)).date(DATE).body(http).build();
  }

  private static byte[] gzip(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(text.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
