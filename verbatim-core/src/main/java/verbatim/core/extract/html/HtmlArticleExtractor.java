package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import verbatim.core.extract.ArticleExtractor;
import verbatim.core.extract.BodyText;
import verbatim.core.extract.Page;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.extract.Whitespace;
import verbatim.core.model.Article;
import verbatim.core.model.Problem;

/**
 * An HTML page to an article: jsoup parses (never throwing, whatever the markup), the metadata
 * reader finds title, dates, authors and other-language versions, the main-content extractor finds
 * the body. Lines of the body that repeat the title or state the date are dropped.
 */
public final class HtmlArticleExtractor implements ArticleExtractor {
  private final MetadataReader metadata;
  private final MainContentExtractor content;

  public HtmlArticleExtractor(MetadataReader metadata, MainContentExtractor content) {
    this.metadata = metadata;
    this.content = content;
  }

  @Override
  public Article extract(Page page) {
    Document dom = Jsoup.parse(page.content(), page.url() == null ? "" : page.url());
    PageMetadata meta = metadata.read(dom, page.url());
    List<String> paragraphs = new ArrayList<>();
    String title = meta.title() == null ? null : Whitespace.normalize(meta.title());
    for (String paragraph : content.paragraphs(dom)) {
      String p = Whitespace.normalize(paragraph);
      if (!p.equals(title) && VisibleDateLine.parse(p).isEmpty()) {
        paragraphs.add(p);
      }
    }
    List<Problem> problems = new ArrayList<>(page.problems());
    if (paragraphs.isEmpty()) {
      problems.add(new Problem("no-body", "no article body was found in the page"));
    }
    BodyText body = BodyText.of(paragraphs);
    String url = meta.url() != null ? meta.url() : page.url();
    return new Article(title, url, meta.language(), meta.published(), meta.updated(), meta.authors(),
        meta.translations(), body.text(), body.paragraphs(), problems);
  }
}
