package verbatim.core.extract.html;

import java.util.List;
import verbatim.core.model.Author;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Translation;

/**
 * What an HTML page says about its article outside the body. Any field may be {@code null} (or
 * empty) when the page does not say.
 *
 * @param url the canonical address (link rel=canonical, og:url, JSON-LD), else the one given
 * @param language the page's declared language (BCP-47 primary subtag, "en")
 */
public record PageMetadata(
    String title,
    String url,
    String language,
    String siteName,
    DateStamp published,
    DateStamp updated,
    List<Author> authors,
    List<Translation> translations) {

  public PageMetadata {
    authors = List.copyOf(authors);
    translations = List.copyOf(translations);
  }
}
