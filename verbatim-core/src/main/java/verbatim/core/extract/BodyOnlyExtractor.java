package verbatim.core.extract;

import java.util.List;
import verbatim.core.model.Article;

/**
 * For input that is already the article body: the text is kept exactly as given, so offsets into
 * it are offsets into the file; paragraphs are the runs of non-blank lines, trimmed.
 */
public final class BodyOnlyExtractor implements ArticleExtractor {
  @Override
  public Article extract(Page page) {
    String text = page.content();
    return new Article(null, page.url(), null, null, null, List.of(), List.of(), text, Paragraphs.of(text), page.problems());
  }
}
