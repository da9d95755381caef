package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import verbatim.core.extract.Page;

@Timeout(30)
class FeedSourceTest {
  private static final String ARTICLE = "<html><head><title>Talks resume</title></head><body><p>Envoys met.</p></body></html>";
  private static final String LONG_ARTICLE = "<p>" + "The minister said the talks would go on. ".repeat(40) + "</p>";

  private final TestSite site = new TestSite()
      .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
      .page("/articles/1", "text/html", ARTICLE)
      .page("/articles/3", "text/html", ARTICLE)
      .status("/gone", 404)
      .slow("/slow", 5_000);
  private final HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withHostDelay(Duration.ofMillis(20))
      .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)));

  FeedSourceTest() throws IOException {}

  @AfterEach
  void stop() {
    site.close();
  }

  private String rss() {
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel><title>Harbour Ledger</title><link>%1$s</link><description>News</description>
        <item><title>Talks resume</title><link>%1$s/articles/1</link>
          <pubDate>Mon, 10 Feb 2025 16:24:00 +0900</pubDate><description>Envoys met.</description></item>
        <item><title>Full text in the feed</title><link>%1$s/articles/2</link>
          <pubDate>Tue, 11 Feb 2025 09:00:00 +0000</pubDate>
          <content:encoded><![CDATA[%2$s]]></content:encoded></item>
        <item><title>Short content</title><link>%1$s/articles/3</link>
          <content:encoded><![CDATA[<p>Only a teaser.</p>]]></content:encoded></item>
        <item><title>Gone</title><link>%1$s/gone</link></item>
        <item><title>Private</title><link>%1$s/private/memo</link></item>
        <item><title>Slow</title><link>%1$s/slow</link></item>
        <item><title>No link</title><description>A summary only.</description></item>
        <item><title>Talks resume again</title><link>%1$s/articles/1</link></item>
        </channel></rss>
        """.formatted(site.uri("").toString(), LONG_ARTICLE);
  }

  private List<SourceItem> read(String feed) {
    return Drain.all(new FeedSource("feed.xml", feed.getBytes(StandardCharsets.UTF_8), null, fetcher,
        FeedSource.FULL_ARTICLE_CHARS));
  }

  @Test
  void entryLinksAreFetchedWithTheEntrysTitleAndDate() {
    RawInput first = ((SourceItem.Raw) read(rss()).get(0)).raw();
    assertThat(first.name()).isEqualTo("feed.xml#entry 1 (" + site.uri("/articles/1") + ")");
    assertThat(first.url()).isEqualTo(site.uri("/articles/1").toString());
    assertThat(new String(first.bytes(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
    assertThat(first.feedEntry()).isEqualTo(new FeedEntry("Talks resume", Instant.parse("2025-02-10T07:24:00Z")));
    assertThat(first.fetched()).isNotNull();
  }

  @Test
  void fullArticleInTheFeedIsReadWithoutFetching() throws InputException {
    SourceItem second = read(rss()).get(1);
    assertThat(site.paths()).doesNotContain("/articles/2").contains("/articles/3");
    RawInput raw = ((SourceItem.Raw) second).raw();
    assertThat(raw.fetched()).isNull();
    Page page = new PageDecoder().decode(raw, false);
    assertThat(page.content())
        .contains("<title>Full text in the feed</title>")
        .contains("<link rel=\"canonical\" href=\"" + site.uri("/articles/2") + "\">")
        .contains("<meta property=\"article:published_time\" content=\"2025-02-11T09:00:00Z\">")
        .contains("The minister said the talks would go on.");
  }

  @Test
  void entriesThatCannotBeReadFailAloneAndTheRestAreRead() {
    List<SourceItem> items = read(rss());
    assertThat(items).hasSize(7);
    assertThat(items).extracting(item -> item.getClass().getSimpleName())
        .containsExactly("Raw", "Raw", "Raw", "Failed", "Failed", "Failed", "Failed");
    assertThat(reason(items.get(3))).isEqualTo("HTTP status 404 for " + site.uri("/gone"));
    assertThat(reason(items.get(4))).contains("robots.txt").contains("disallows /private/memo");
    assertThat(reason(items.get(5))).startsWith("timed out");
    assertThat(items.get(6).input()).isEqualTo("feed.xml#entry 7");
    assertThat(reason(items.get(6))).isEqualTo("the entry has no usable link and too little content to read");
    assertThat(site.paths()).doesNotContain("/private/memo");
  }

  @Test
  void repeatedLinkIsSkippedAndCounted() {
    FeedSource source = new FeedSource("feed.xml", rss().getBytes(StandardCharsets.UTF_8), null, fetcher, 1000);
    Drain.all(source);
    assertThat(source.skipped().byReason()).containsEntry("entry repeating an earlier link", 1L);
  }

  @Test
  void atomEntriesResolveRelativeLinksAgainstTheFeedsAddress() {
    String atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title><id>urn:x</id>
        <updated>2025-02-10T07:24:00Z</updated>
        <entry><title>Talks resume</title><id>urn:1</id><link href="/articles/1"/>
          <published>2025-02-10T16:24:00+09:00</published><updated>2025-02-10T07:30:00Z</updated>
          <content type="html">&lt;p&gt;teaser&lt;/p&gt;</content></entry>
        </feed>
        """;
    List<SourceItem> items = Drain.all(new FeedSource(site.uri("/feed").toString(), atom.getBytes(StandardCharsets.UTF_8),
        site.uri("/feed"), fetcher, 1000));
    RawInput raw = ((SourceItem.Raw) items.get(0)).raw();
    assertThat(raw.url()).isEqualTo(site.uri("/articles/1").toString());
    assertThat(raw.feedEntry().published()).isEqualTo(Instant.parse("2025-02-10T07:24:00Z"));
  }

  @Test
  void somethingElseThanAFeedIsOneFailure() {
    List<SourceItem> items = read(ARTICLE);
    assertThat(items).hasSize(1);
    assertThat(items.get(0).input()).isEqualTo("feed.xml");
    assertThat(reason(items.get(0))).startsWith("not a readable RSS or Atom feed");
  }

  @Test
  void feedWithADoctypeIsRefusedSoNoEntityIsExpanded() {
    String hostile = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY x SYSTEM \"file:///etc/hostname\">]>"
        + "<rss version=\"2.0\"><channel><title>&x;</title><link>http://a/</link><description>d</description></channel></rss>";
    assertThat(reason(read(hostile).get(0))).startsWith("not a readable RSS or Atom feed");
  }

  private static String reason(SourceItem item) {
    return ((SourceItem.Failed) item).reason();
  }
}
