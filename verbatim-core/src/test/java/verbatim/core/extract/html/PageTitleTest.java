package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Which heading is the article's headline when the page's title and headings disagree. */
class PageTitleTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private String title(String html) {
    return reader.read(Jsoup.parse(html, ""), "https://blog.example/post").title();
  }

  @Test
  void blogThemeSiteNameInH1PostTitleInH2() {
    String html = """
        <html><head><title>Four Dots » Blog Archive » Interning of small integers</title></head><body>
        <h1>Four Dots</h1><h2>Interning of small integers</h2><p>Text.</p></body></html>""";
    assertThat(title(html)).isEqualTo("Interning of small integers");
  }

  @Test
  void siteNameH1AtTheEndOfTheTitleGivesWayToThePostH2() {
    String html = """
        <html><head><title>Basic muffin recipe : Muffin Recipes</title></head><body>
        <h1>Muffin Recipes</h1><h2>Basic muffin recipe</h2></body></html>""";
    assertThat(title(html)).isEqualTo("Basic muffin recipe");
  }

  @Test
  void declaredTitleWithAnIssueNumberIsTheHeadingItContains() {
    String html = """
        <html><head><meta property="og:title" content="The historic somersault (2021/5)"></head><body>
        <h2>Menu</h2><h2>The historic somersault</h2><p>Text.</p></body></html>""";
    assertThat(title(html)).isEqualTo("The historic somersault");
  }

  @Test
  void shortSubheadingNamesASectionNotTheArticle() {
    String html = """
        <html><head><title>Archive of the news - Site</title></head><body><h2>News</h2><p>Text.</p></body></html>""";
    assertThat(title(html)).isEqualTo("Archive of the news");
  }

  @Test
  void headlineH1StillWinsOverAnH2() {
    String html = """
        <html><head><title>Rates rise again as banks react | The Daily</title></head><body>
        <h1>Rates rise again as banks react</h1><h2>Rates rise again</h2></body></html>""";
    assertThat(title(html)).isEqualTo("Rates rise again as banks react");
  }

  @Test
  void subheadingThatOnlyOpensTheTitleSentenceIsAnotherHeading() {
    String html = """
        <html><head><meta property="og:title" content="The Climate Clock has started: seven years left to act"></head>
        <body><h2>The Climate Clock</h2><p>Text.</p></body></html>""";
    assertThat(title(html)).isEqualTo("The Climate Clock has started: seven years left to act");
  }
}
