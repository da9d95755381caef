package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import verbatim.core.model.DateStamp;

/** The rules that choose a page's published date when its sources disagree. */
class PageDatesTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private DateStamp published(String html, String url) {
    return reader.read(Jsoup.parse(html, url == null ? "" : url), url).published();
  }

  private String publishedDay(String html, String url) {
    DateStamp d = published(html, url);
    return d == null ? null : d.local().toLocalDate().toString();
  }

  @Test
  void publishedTimeInARelatedArticlesListDatesAnotherArticle() {
    String html = """
        <html><body>
        <div class="related-posts"><h4><a href="/other">Another story</a></h4>
          <p><time class="published" datetime="2020-12-03T07:32:49">3 December 2020</time></p></div>
        <article><h1>This story</h1><p class="byline">By A. Writer</p>
          <p><time class="published" datetime="2023-10-31T09:00:00">31 October 2023</time></p>
          <p>Body text of the story.</p></article>
        </body></html>""";
    assertThat(publishedDay(html, null)).isEqualTo("2023-10-31");
  }

  @Test
  void plainTimeInTheSidebarIsPassedOver() {
    String html = """
        <html><body><aside><time datetime="2019-01-01">1 Jan 2019</time></aside>
        <div class="story"><h1>Story</h1><time datetime="2024-05-06">6 May 2024</time></div></body></html>""";
    assertThat(publishedDay(html, null)).isEqualTo("2024-05-06");
  }

  private static final String HEADER = """
      <article><h1>The headline</h1><p class="meta">%s</p><p>Body text of the story, long enough.</p></article>""";

  private static String page(String head, String shownLine) {
    return "<html><head>" + head + "</head><body>" + HEADER.formatted(shownLine) + "</body></html>";
  }

  private static String jsonLd(String fields) {
    return "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\"," + fields + "}</script>";
  }

  @Test
  void republishedArticleTakesTheDeclaredDateItShowsBesideTheHeadline() {
    String html = page(jsonLd("\"datePublished\":\"2021-01-01T11:00:00Z\",\"dateModified\":\"2023-04-01T10:00:00Z\""),
        "01.04.2023, 12:00 Uhr");
    DateStamp d = published(html, null);
    assertThat(d.local().toLocalDate()).hasToString("2023-04-01");
    assertThat(d.evidence()).contains("shown beside the headline").contains("dateModified");
  }

  @Test
  void articleDeclarationNothingConfirmsStillStands() {
    String html = page(jsonLd("\"datePublished\":\"2021-01-01T11:00:00Z\""), "Monday, 6 January 2020");
    assertThat(publishedDay(html, null)).isEqualTo("2021-01-01");
  }

  @Test
  void declarationThatAgreesWithTheShownDateIsKept() {
    String html = page(jsonLd("\"datePublished\":\"2021-01-01T11:00:00Z\",\"dateModified\":\"2023-04-01T10:00:00Z\""),
        "1 January 2021");
    assertThat(publishedDay(html, null)).isEqualTo("2021-01-01");
  }

  @Test
  void genericMetaDateGivesWayToTheShownDate() {
    String html = page("<meta name=\"dcterms.date\" content=\"2021-12-20T11:02:44+01:00\">", "27.01.2022");
    assertThat(publishedDay(html, null)).isEqualTo("2022-01-27");
  }

  @Test
  void articleMetaOverGenericMetaWhenTheyDisagree() {
    String html = page("<meta name=\"date\" content=\"2020-02-12\">"
        + "<meta property=\"article:published_time\" content=\"2020-02-05T10:00:00+01:00\">", "05.02.2020");
    assertThat(publishedDay(html, null)).isEqualTo("2020-02-05");
  }

  @Test
  void markedUpPublicationDateConfirmedByTheShownDateBeatsJsonLd() {
    String html = "<html><head>" + jsonLd("\"datePublished\":\"2020-12-05T23:15:00\"") + "</head><body>"
        + "<article><h1>Titolo</h1><p itemprop=\"datePublished\">06 Dicembre 2020</p><p>Testo.</p></article></body></html>";
    assertThat(publishedDay(html, null)).isEqualTo("2020-12-06");
  }

  @Test
  void urlDayOneDayBeforeTheShownDeclaredDateGivesWay() {
    String html = page(jsonLd("\"datePublished\":\"2020-07-09T10:04:04Z\""), "July 9, 2020 at 6:40 PM EDT");
    assertThat(publishedDay(html, "https://news.example/politics/2020/07/08/story/")).isEqualTo("2020-07-09");
  }

  @Test
  void urlDayFarFromTheDeclaredDateStands() {
    String html = page(jsonLd("\"datePublished\":\"2019-06-17T18:28:00+02:00\""), "17. Juni 2019");
    assertThat(publishedDay(html, "https://blog.example/home/2017/7/12/story")).isEqualTo("2017-07-12");
  }

  @Test
  void scriptDataDatesAPageThatPrintsNoDate() {
    String html = """
        <html><body><div id="app">Great service, would order again.</div>
        <script type="application/json">{"publishedDate":"2016-11-04T20:37:27Z","updatedDate":"2016-11-05T08:00:00Z"}</script>
        </body></html>""";
    DateStamp d = published(html, null);
    assertThat(d.local().toLocalDate()).hasToString("2016-11-04");
    assertThat(d.evidence()).startsWith("script data");
  }

  @Test
  void scriptDataNeverOverrulesAPrintedDate() {
    String html = """
        <html><body><article><h1>Title</h1><p>Posted 3 March 2011</p></article>
        <script>var page = {"published_at": "2019-03-02T06:22:28+01:00"};</script></body></html>""";
    assertThat(publishedDay(html, null)).isEqualTo("2011-03-03");
  }
}
