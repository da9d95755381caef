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
}
