package verbatim.core.extract;

import verbatim.core.model.Article;

/**
 * Finds the article in one page. Never throws on bad content: what is wrong with the page
 * becomes a problem on the article.
 */
public interface ArticleExtractor {
  Article extract(Page page);
}
