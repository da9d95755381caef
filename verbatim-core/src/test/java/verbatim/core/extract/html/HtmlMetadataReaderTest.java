package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Author;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Translation;
import verbatim.core.model.ZoneOrigin;

class HtmlMetadataReaderTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private PageMetadata read(String html, String url) {
    return reader.read(Jsoup.parse(html, url == null ? "" : url), url);
  }

  @Test
  void jsonLdArticleInGraphWithOffset() {
    PageMetadata m = read("""
        <html lang="en-US"><head><title>Ignored | Site</title>
        <script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"WebSite","name":"The Daily"},
          {"@type":["NewsArticle"],"headline":"Rates rise again","datePublished":"2025-02-10T07:24:00+09:00",
           "dateModified":"2025-02-11T08:00:00+09:00","author":[{"@type":"Person","name":"Jane Roe"},"John Doe"],
           "publisher":{"@type":"Organization","name":"The Daily"},"inLanguage":"en"}]}
        </script></head><body></body></html>""", "https://example.com/a");
    assertThat(m.title()).isEqualTo("Rates rise again");
    assertThat(m.published().from()).isEqualTo(DateOrigin.JSON_LD);
    assertThat(m.published().offset()).isEqualTo(ZoneOffset.ofHours(9));
    assertThat(m.published().zoneFrom()).isEqualTo(ZoneOrigin.PAGE);
    assertThat(m.published().evidence()).contains("datePublished");
    assertThat(m.updated().local()).isEqualTo(LocalDateTime.of(2025, 2, 11, 8, 0));
    assertThat(m.authors()).extracting(Author::name).containsExactly("Jane Roe", "John Doe");
    assertThat(m.siteName()).isEqualTo("The Daily");
    assertThat(m.language()).isEqualTo("en");
  }

  @Test
  void metaWithoutOffsetLeavesTheZoneUnknown() {
    PageMetadata m = read("""
        <html><head><meta property="article:published_time" content="2025-02-10 07:24">
        <meta property="og:title" content="Headline here"></head><body></body></html>""", null);
    DateStamp d = m.published();
    assertThat(d.from()).isEqualTo(DateOrigin.META);
    assertThat(d.local()).isEqualTo(LocalDateTime.of(2025, 2, 10, 7, 24));
    assertThat(d.offset()).isNull();
    assertThat(d.zoneFrom()).isEqualTo(ZoneOrigin.UNKNOWN);
    assertThat(m.updated()).isNull();
  }

  @Test
  void timeElementInTheArticle() {
    PageMetadata m = read("""
        <html><body><nav><time datetime="2020-01-01">old</time></nav>
        <article><h1>Story</h1><time datetime="2024-05-06T10:00:00-04:00">May 6</time></article></body></html>""",
        null);
    assertThat(m.published().from()).isEqualTo(DateOrigin.TIME_ELEMENT);
    assertThat(m.published().local().toLocalDate()).hasToString("2024-05-06");
    assertThat(m.published().offset()).isEqualTo(ZoneOffset.ofHours(-4));
  }

  @Test
  void dateInTheUrlWhenThePageHasNone() {
    PageMetadata m = read("<html><body><p>No dates here.</p></body></html>",
        "https://news.example/2025/02/10/some-story/");
    assertThat(m.published().from()).isEqualTo(DateOrigin.URL);
    assertThat(m.published().iso()).isEqualTo("2025-02-10");
    assertThat(read("<p>x</p>", "https://n.example/story-20240131.html").published().iso()).isEqualTo("2024-01-31");
    assertThat(read("<p>x</p>", "https://n.example/2025/02/slug").published()).isNull();
  }

  @Test
  void malformedJsonLdIsSkippedAndTheRestIsRead() {
    PageMetadata m = read("""
        <html><head><script type="application/ld+json">{"@type":"NewsArticle", "headline": "Broken</script>
        <script type="application/ld+json">not json at all</script>
        <meta name="pubdate" content="2023-11-08"><title>Fine title - Site</title></head>
        <body><h1>Fine title</h1></body></html>""", null);
    assertThat(m.published().iso()).isEqualTo("2023-11-08");
    assertThat(m.title()).isEqualTo("Fine title");
  }

  @Test
  void bylineWithTwoAuthorsAndAnEmail() {
    PageMetadata m = read("""
        <html><body><article><h1>T</h1>
        <div class="byline">By Jane Roe and John Doe <a href="mailto:jane@example.com">jane@example.com</a></div>
        </article><div id="comments"><span class="comment-author">Troll says</span></div></body></html>""", null);
    assertThat(m.authors()).containsExactly(new Author("Jane Roe", "jane@example.com"), new Author("John Doe", null));
  }

  @Test
  void siteNamesAndUrlsAreNotAuthors() {
    PageMetadata m = read("""
        <html><head><meta property="og:site_name" content="The Daily">
        <meta property="article:author" content="https://www.facebook.com/thedaily">
        <meta name="author" content="The Daily"></head><body></body></html>""", null);
    assertThat(m.authors()).isEmpty();
  }

  @Test
  void anAnchorToAnAlternateLendsItsPrintedLabel() {
    PageMetadata m = read("""
        <html lang="en"><head><link rel="alternate" hreflang="ko" href="https://ko.news.example/a/1"></head>
        <body><a href="https://ko.news.example/a/1">한국어</a><p>Body.</p></body></html>""", "https://news.example/a/1");
    assertThat(m.translations()).singleElement().satisfies(t -> {
      assertThat(t.language()).isEqualTo("ko");
      assertThat(t.label()).isEqualTo("한국어");
      assertThat(t.url()).isEqualTo("https://ko.news.example/a/1");
    });
  }

  @Test
  void hreflangAlternatesExceptOwnLanguageAndDefault() {
    PageMetadata m = read("""
        <html lang="en"><head>
        <link rel="alternate" hreflang="en" href="https://ex.com/en/a">
        <link rel="alternate" hreflang="x-default" href="https://ex.com/a">
        <link rel="alternate" hreflang="ko-KR" href="/ko/a">
        </head><body></body></html>""", "https://ex.com/en/a");
    assertThat(m.translations()).containsExactly(new Translation("ko", "ko-KR", "https://ex.com/ko/a"));
  }

  @Test
  void anchorNamedInItsOwnLanguage() {
    PageMetadata m = read("""
        <html lang="en"><body><article><h1>Story</h1>
        <a href="https://ex.com/ko/story">한국어</a> <a href="https://ex.com/en/story">English</a>
        <a href="#top">日本語</a></article></body></html>""", "https://ex.com/en/story");
    assertThat(m.translations()).containsExactly(new Translation("ko", "한국어", "https://ex.com/ko/story"));
  }

  @Test
  void canonicalIsResolvedAgainstThePage() {
    PageMetadata m = read("<html><head><link rel=canonical href='/news/1'></head></html>",
        "https://ex.com/news/1?utm=x");
    assertThat(m.url()).isEqualTo("https://ex.com/news/1");
  }

  @Test
  void titleLosesTheSiteNameButKeepsItsOwnDash() {
    assertThat(read("<title>Brexit – what happens next</title>", null).title())
        .isEqualTo("Brexit – what happens next");
    assertThat(read("<head><meta property=og:site_name content='The Daily'>"
        + "<meta property=og:title content='Rates rise | The Daily'></head>", null).title()).isEqualTo("Rates rise");
  }

  @Test
  void utcDateIsPutOnThePageOffsetWhenThePageShowsIt() {
    PageMetadata m = read("""
        <html><head><script type="application/ld+json">
        {"@type":"NewsArticle","datePublished":"2023-11-09T03:28:35Z"}</script>
        <script>var data = {"date":"2023-11-08T22:28:35-05:00"};</script></head><body></body></html>""", null);
    assertThat(m.published().local().toLocalDate()).hasToString("2023-11-08");
    assertThat(m.published().offset()).isEqualTo(ZoneOffset.ofHours(-5));
  }

  @Test
  void visibleLabelledLine() {
    PageMetadata m = read("""
        <html><body><h1>Story</h1><p>Lorem ipsum.</p><div><span>Veröffentlicht am</span> <span>3. März 2021</span></div>
        </body></html>""", null);
    assertThat(m.published().from()).isEqualTo(DateOrigin.VISIBLE_LINE);
    assertThat(m.published().iso()).isEqualTo("2021-03-03");
  }

  @Test
  void emptyAndHostileInputsNeverThrow() {
    for (String html : new String[] {"", "<", "<html><head><script type='application/ld+json'>[[[[[[[[[[</script>",
        "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":{\"name\":null},"
            + "\"datePublished\":12}</script>", "<meta name=date content='0000-00-00'><time datetime='9999-99-99'>"}) {
      PageMetadata m = read(html, "not a url");
      assertThat(m).isNotNull();
    }
  }
}
