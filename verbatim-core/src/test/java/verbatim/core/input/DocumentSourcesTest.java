package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

@Timeout(30)
class DocumentSourcesTest {
  private static final String PAGE = "<html><head><title>A page</title></head><body><p>Words.</p></body></html>";
  private static final String JSONL = "{\"url\":\"https://news.example/j\",\"html\":\"<p>from json</p>\"}\n";
  private static final Fetcher NO_WEB = uri -> {
    throw new AssertionError("nothing should be fetched, asked for " + uri);
  };

  @TempDir Path folder;

  private static String feed(String link, String content) {
    return """
        <?xml version="1.0"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel>
        <title>Ledger</title><link>https://news.example/</link><description>d</description>
        <item><title>Whole</title><link>%s</link><content:encoded><![CDATA[%s]]></content:encoded></item>
        </channel></rss>
        """.formatted(link, content);
  }

  private static final String WHOLE = "<p>" + "The envoy said the talks went on. ".repeat(40) + "</p>";

  private DocumentSources sources(Fetcher fetcher) {
    return new DocumentSources(SourceSettings.defaults(), new ByteArrayInputStream(new byte[0]), fetcher);
  }

  private Path write(String name, String content) throws IOException {
    return write(name, content.getBytes(StandardCharsets.UTF_8));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private Path warc(String name, WarcCompression compression, String url, String html) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    try (WarcWriter writer = new WarcWriter(FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE),
        compression)) {
      writer.write(new WarcResponse.Builder(URI.create(url)).body(new HttpResponse.Builder(200, "OK")
          .addHeader("Content-Type", "text/html").body(MediaType.HTML, html.getBytes(StandardCharsets.UTF_8)).build()).build());
    }
    return file;
  }

  @Test
  void folderIsWalkedInPathOrderAndEachFileGoesToItsReader() throws IOException {
    write("a/page.html", PAGE);
    write("a/scrape.txt", "Plain words of a scrape.");
    warc("b/crawl.warc.gz", WarcCompression.GZIP, "https://news.example/w", PAGE);
    write("b/pages.jsonl", JSONL);
    write("c/feed.xml", feed("https://news.example/f", WHOLE));
    write("c/sitemap.xml", "<?xml version=\"1.0\"?><urlset><url><loc>https://news.example/</loc></url></urlset>");
    write("d/page.html.gz", JsonLinesSourceTest.gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    write("d/.hidden.html", PAGE);
    write("d/notes.md", "# notes");
    DocumentSource source = sources(NO_WEB).open(folder.toString());
    List<SourceItem> items = Drain.all(source);
    assertThat(items).allMatch(SourceItem.Raw.class::isInstance);
    assertThat(items).extracting(SourceItem::input).containsExactly(
        folder.resolve("a/page.html").toString(),
        folder.resolve("a/scrape.txt").toString(),
        folder.resolve("b/crawl.warc.gz") + "#record 1 (" + recordId(items.get(2)) + ")",
        folder.resolve("b/pages.jsonl") + "#line 1",
        folder.resolve("c/feed.xml") + "#entry 1 (https://news.example/f)",
        folder.resolve("d/page.html.gz").toString());
    assertThat(Drain.text(items.get(5))).isEqualTo(PAGE);
    assertThat(source.skipped().byReason()).isEqualTo(Map.of("XML file that is not a feed", 1L));
  }

  private static String recordId(SourceItem item) {
    String name = item.input();
    return name.substring(name.indexOf('(') + 1, name.length() - 1);
  }

  @Test
  void contentDecidesWhereTheNameLies() throws IOException {
    Path warcInGz = warc("archive.gz", WarcCompression.GZIP, "https://news.example/w", PAGE);
    Path feedInTxt = write("feed.txt", feed("https://news.example/f", WHOLE));
    Path linesInTxt = write("export.txt", JSONL);
    Path pageInWarc = write("page.warc", PAGE);
    Path feedInGz = write("feed.xml.gz", JsonLinesSourceTest.gzip(feed("https://news.example/g", WHOLE).getBytes(StandardCharsets.UTF_8)));
    List<SourceItem> items = Drain.all(sources(NO_WEB).open(List.of(
        warcInGz.toString(), feedInTxt.toString(), linesInTxt.toString(), pageInWarc.toString(), feedInGz.toString())));
    assertThat(items).extracting(SourceItem::input).satisfiesExactly(
        name -> assertThat(name).startsWith(warcInGz + "#record 1"),
        name -> assertThat(name).isEqualTo(feedInTxt + "#entry 1 (https://news.example/f)"),
        name -> assertThat(name).isEqualTo(linesInTxt + "#line 1"),
        name -> assertThat(name).isEqualTo(pageInWarc.toString()),
        name -> assertThat(name).isEqualTo(feedInGz + "#entry 1 (https://news.example/g)"));
  }

  @Test
  void anXmlFileNamedExplicitlyIsReadEvenWhenNoFeed() throws IOException {
    Path xml = write("statement.xml", "<?xml version=\"1.0\"?><statement><p>We said it.</p></statement>");
    assertThat(Drain.all(sources(NO_WEB).open(xml.toString()))).singleElement().isInstanceOf(SourceItem.Raw.class);
  }

  @Test
  void sourcesThatCannotBeOpenedAreOneFailureEachAndTheRestAreRead() throws IOException {
    Path page = write("page.html", PAGE);
    Path missing = folder.resolve("missing.warc.gz");
    List<SourceItem> items = Drain.all(sources(NO_WEB).open(List.of(missing.toString(), page.toString())));
    assertThat(items).containsExactly(new SourceItem.Failed(missing.toString(), "no such file"),
        items.get(1));
    assertThat(items.get(1).input()).isEqualTo(page.toString());
  }

  @Test
  void standardInputIsSniffedToo() throws IOException {
    Path warc = warc("in.warc", WarcCompression.NONE, "https://news.example/s", PAGE);
    try (InputStream stdin = Files.newInputStream(warc)) {
      DocumentSources sources = new DocumentSources(SourceSettings.defaults(), stdin, NO_WEB);
      List<SourceItem> items = Drain.all(sources.open("-"));
      assertThat(items).singleElement().satisfies(item -> assertThat(item.input()).startsWith("-#record 1"));
    }
  }

  @Test
  void webAddressesAreFeedsToFollowOrSinglePages() throws IOException {
    try (TestSite site = new TestSite()) {
      site.page("/feed", "application/rss+xml", feed("/articles/1", "<p>teaser</p>"))
          .page("/articles/1", "text/html", PAGE)
          .page("/articles/2", "text/html", PAGE);
      DocumentSources sources = new DocumentSources(
          SourceSettings.defaults().withFetch(FetchSettings.defaults().withHostDelay(Duration.ofMillis(10))),
          new ByteArrayInputStream(new byte[0]));
      List<SourceItem> items = Drain.all(sources.open(List.of(
          site.uri("/feed").toString(), site.uri("/articles/2").toString(), site.uri("/missing").toString())));
      assertThat(items).hasSize(3);
      assertThat(((SourceItem.Raw) items.get(0)).raw().url()).isEqualTo(site.uri("/articles/1").toString());
      assertThat(((SourceItem.Raw) items.get(1)).raw().name()).isEqualTo(site.uri("/articles/2").toString());
      assertThat(items.get(2)).isEqualTo(new SourceItem.Failed(site.uri("/missing").toString(),
          "HTTP status 404 for " + site.uri("/missing")));
    }
  }

  @Test
  void skipsAddUpAcrossTheSourcesOfAChain() throws IOException {
    write("x/a.jsonl", "\n" + JSONL + "\n");
    write("x/b.jsonl", "\n" + JSONL);
    DocumentSource source = sources(NO_WEB).open(folder.resolve("x").toString());
    assertThat(Drain.all(source)).hasSize(2);
    assertThat(source.skipped().byReason()).isEqualTo(Map.of("blank line", 3L));
  }
}
