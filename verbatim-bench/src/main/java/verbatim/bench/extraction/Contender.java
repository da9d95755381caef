package verbatim.bench.extraction;

import de.l3s.boilerpipe.extractors.ArticleExtractor;
import java.util.List;
import java.util.Objects;
import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.Jsoup;
import verbatim.core.extract.html.MainContentExtractor;
import verbatim.core.extract.html.ScoredMainContent;

/** A system under evaluation: a name and how it turns a page's HTML into plain text. */
record Contender(String name, Extraction extraction) {
  Contender {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(extraction, "extraction");
  }

  /** Main text of one page; may throw, which the run counts as a failure with empty output. */
  @FunctionalInterface
  interface Extraction {
    String text(String html, String url) throws Exception;
  }

  static final String OURS = "verbatim";

  /** Ours first, then the Java peers, each as its authors recommend for articles. */
  static List<Contender> all() {
    MainContentExtractor ours = new ScoredMainContent();
    return List.of(
        new Contender(OURS, (html, url) -> String.join("\n\n", ours.paragraphs(Jsoup.parse(html, url)))),
        new Contender("boilerpipe", (html, url) -> ArticleExtractor.INSTANCE.getText(html)),
        new Contender("readability4j", Contender::readability));
  }

  private static String readability(String html, String url) {
    Article article = new Readability4JExtended(url, html).parse();
    String text = article.getTextContent();
    return text == null ? "" : text;
  }
}
