package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

class ScoredMainContentTest {
  private static final MainContentExtractor EXTRACTOR = new ScoredMainContent();

  private static final String PROSE_1 = "The council voted on Tuesday to rebuild the old harbour bridge, "
      + "which has been closed to traffic since the spring floods, at a cost of four million.";
  private static final String PROSE_2 = "Work will start in March, the mayor said, and the bridge should "
      + "reopen to cars, bicycles and walkers before the end of next year, weather permitting.";
  private static final String PROSE_3 = "Residents who attended the meeting asked whether the ferry, "
      + "which has carried commuters during the closure, would keep running once the bridge reopens.";

  private static final String NEWS_PAGE = """
      <html><head><title>Bridge</title><script>var x = "not text";</script></head><body>
      <nav><ul><li><a href="/">Home</a></li><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li></ul></nav>
      <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
      <div id="page">
        <article>
          <h1>Council approves new bridge</h1>
          <div class="byline">By A. Reporter, 3 March</div>
          <div class="share-bar"><a href="#">Share on Facebook</a> <a href="#">Tweet</a></div>
          <div class="article-body">
            <p>%s</p>
            <h2>Work starts in March</h2>
            <p>%s</p>
            <div class="ad-slot">Advertisement</div>
            <blockquote>We will not let this town be cut in two, the mayor told the council.</blockquote>
            <p>%s</p>
            <ul><li>Cost: four million, shared between the town and the region</li></ul>
          </div>
          <div class="related-articles"><h3>Related</h3><ul>
            <li><a href="/a">Ferry timetable changes for the summer season announced</a></li>
            <li><a href="/b">Floods: what the insurance companies will pay for</a></li></ul></div>
          <div class="newsletter-signup">Sign up to our newsletter to get the news every morning.</div>
        </article>
        <section id="comments"><h3>3 comments</h3>
          <div class="comment"><p>Finally, this bridge should have been rebuilt years ago, and everyone knows it!</p></div>
          <div class="comment"><p>Four million is far too much for a bridge of that size, in my opinion, frankly.</p></div>
        </section>
        <aside class="sidebar"><h3>Most read</h3><p><a href="/c">Storm warning for the weekend</a></p></aside>
      </div>
      <footer><p>Copyright 2024 The Town Gazette. All rights reserved.</p></footer>
      </body></html>
      """.formatted(PROSE_1, PROSE_2, PROSE_3);

  @Test
  void keepsOnlyTheArticleOfANewsPage() {
    List<String> paragraphs = EXTRACTOR.paragraphs(Jsoup.parse(NEWS_PAGE, "https://example.org/bridge"));

    assertThat(paragraphs).containsSubsequence(PROSE_1, "Work starts in March", PROSE_2, PROSE_3);
    assertThat(paragraphs).contains("We will not let this town be cut in two, the mayor told the council.");
    assertThat(paragraphs).contains("Cost: four million, shared between the town and the region");
    String all = String.join("\n", paragraphs);
    assertThat(all).doesNotContain("Home", "cookies", "Share on Facebook", "Advertisement", "Ferry timetable",
        "newsletter", "comments", "far too much", "Most read", "Copyright", "not text", "By A. Reporter");
  }

  @Test
  void findsTheBodyByScoringWhenThePageDoesNotNameIt() {
    String html = "<body><div><a href='/'>Home</a> <a href='/x'>Other</a></div>"
        + "<div><div><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3 + "</p></div></div>"
        + "<div><ul><li><a href='/1'>Another story with a long enough title to matter</a></li>"
        + "<li><a href='/2'>Yet another story with a long enough title to matter</a></li></ul></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(PROSE_1, PROSE_2, PROSE_3);
  }

  @Test
  void emptyPageHasNoParagraphs() {
    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(""))).isEmpty();
    assertThat(EXTRACTOR.paragraphs(Jsoup.parse("<html><body>   </body></html>"))).isEmpty();
    assertThat(EXTRACTOR.paragraphs(null)).isEmpty();
  }

  @Test
  void pageWithoutBodyIsReadFromItsRoot() {
    Document page = new Document("");
    page.appendElement("div").appendElement("p").text(PROSE_1);
    page.appendElement("div").appendElement("p").text(PROSE_2);

    assertThat(EXTRACTOR.paragraphs(page)).containsExactly(PROSE_1, PROSE_2);
    assertThat(page.getElementsByTag("body")).as("the page is only read").isEmpty();
  }

  @Test
  void deeplyNestedPageDoesNotOverflowTheStack() {
    int depth = 5_000;
    String html = "<body>" + "<div>".repeat(depth) + "<p>" + PROSE_1 + "</p>" + "</div>".repeat(depth) + "</body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(PROSE_1);
  }

  @Test
  void hiddenElementsAreNotText() {
    String html = "<body><div class='article-body'><p>" + PROSE_1 + "</p>"
        + "<p style='display: none'>Hidden text that no reader ever sees on this page at all.</p>"
        + "<p hidden>Also hidden text that no reader ever sees on this page at all.</p>"
        + "<p>" + PROSE_2 + "</p></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(PROSE_1, PROSE_2);
  }

  @Test
  void aBannerRoleWrappingTheWholePageIsALayoutWrapper() {
    String html = "<body><header role='banner'><div class='logo'>Gazette</div>"
        + "<div class='article-body'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></header>"
        + "<div role='navigation'><a href='/'>Home</a></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(PROSE_1, PROSE_2);
  }

  @Test
  void aSmallBannerRoleIsStillFurniture() {
    String html = "<body><div role='banner'><p>The Town Gazette, your daily paper since 1887, every morning.</p></div>"
        + "<div class='article-body'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(PROSE_1, PROSE_2);
  }

  @Test
  void aLeadNamedInAnotherLanguageIsTheArticlesFirstParagraph() {
    String lead = "Il consiglio comunale ha approvato la ricostruzione del vecchio ponte del porto.";
    String html = "<body><div class='post'><div class='sommario'><p>" + lead + "</p></div>"
        + "<div class='post-body'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(lead, PROSE_1, PROSE_2);
  }

  @Test
  void aLeadInTheArticleHeaderIsFoundAboveADeeplyWrappedBody() {
    String lead = "The town will rebuild its harbour bridge, closed since the spring floods.";
    String html = "<body><article><header><h1>Bridge</h1><p class='excerpt'>" + lead + "</p></header>"
        + "<div class='grid'><div class='col'><div class='inner'><div class='wrap'><div class='post-body'><p>"
        + PROSE_1 + "</p><p>" + PROSE_2 + "</p></div></div></div></div></div></article></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).containsExactly(lead, PROSE_1, PROSE_2);
  }

  @Test
  void aHeadingAsLongAsAParagraphIsTextEvenOverNothing() {
    String standfirst = "After two years of floods, closures and ferries, the town finally has a plan and the money for its"
        + " harbour bridge.";
    String html = "<body><div class='article-body'><h3>" + standfirst + "</h3><h3>Short title</h3><p>" + PROSE_1
        + "</p><p>" + PROSE_2 + "</p><h3>Related</h3></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html)))
        .containsExactly(standfirst, "Short title", PROSE_1, PROSE_2);
  }

  @Test
  void aLineThatOnlyGivesTheDateIsNotText() {
    String html = "<body><div class='article-body'><p>Updated: 03.04.2020</p><p>" + PROSE_1 + "</p><p>" + PROSE_2
        + "</p><p>Meeting on 10 March 2025 at the town hall, all residents welcome.</p></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html)))
        .containsExactly(PROSE_1, PROSE_2, "Meeting on 10 March 2025 at the town hall, all residents welcome.");
  }

  @Test
  void aSectionOfListsBesideAParagraphIsPartOfTheBody() {
    String step = "Soak the beans overnight in plenty of cold water";
    String method = "The beans are then cooked slowly in a large pot over a low heat for three hours before they are"
        + " served with bread.";
    String html = "<body><div id='page'><div class='a'><p>" + PROSE_1 + "</p><p>" + PROSE_2 + "</p><p>" + PROSE_3
        + "</p></div><div class='b'><p>" + method + "</p><ol><li>" + step + ".</li><li>" + step + " again.</li>"
        + "<li>" + step + " once more.</li></ol></div></div>"
        + "<div class='menu'><a href='/'>Home</a> <a href='/x'>Recipes</a></div></body>";

    assertThat(EXTRACTOR.paragraphs(Jsoup.parse(html))).contains(step + " again.");
  }

  @Test
  void oneInstanceServesManyThreads() throws Exception {
    List<String> expected = EXTRACTOR.paragraphs(Jsoup.parse(NEWS_PAGE));
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> runs = Stream.generate(() -> pool.submit(() -> EXTRACTOR.paragraphs(Jsoup.parse(NEWS_PAGE))))
          .limit(64).toList();
      for (Future<List<String>> run : runs) {
        assertThat(run.get()).isEqualTo(expected);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /** Every page of the shared benchmark gives a body, and none throws or stalls. */
  @Test
  void findsABodyOnAlmostEveryBenchmarkPage() throws IOException {
    String shared = System.getProperty("verbatim.shared", "");
    Path dir = Path.of(shared.isEmpty() ? "/nonexistent" : shared, "datasets/article-extraction-benchmark/html");
    Assumptions.assumeTrue(Files.isDirectory(dir), "no shared datasets at " + dir + "; skipping");
    List<Path> pages;
    try (Stream<Path> files = Files.list(dir)) {
      pages = files.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    int withBody = 0;
    for (Path page : pages) {
      String html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      if (String.join(" ", EXTRACTOR.paragraphs(Jsoup.parse(html, "https://example.org/"))).length() > 200) {
        withBody++;
      }
    }
    assertThat(withBody).isGreaterThanOrEqualTo(pages.size() * 95 / 100);
  }
}
