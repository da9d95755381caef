package verbatim.core.extract.html;

import org.jsoup.nodes.Document;

/** Reads a page's title, dates, authors, language and other-language versions. */
public interface MetadataReader {
  /**
   * @param url the page's address when known, else {@code null}; used to resolve relative links
   *     and as a last source of the date
   */
  PageMetadata read(Document page, String url);
}
