package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.LanguageNames;
import verbatim.core.model.Author;
import verbatim.core.model.Translation;

/**
 * Reads a page's metadata from its markup: JSON-LD, meta tags, links and short printed lines. Each
 * field has its own reader ({@link PageTitle}, {@link PageDates}, {@link PageAuthors}, {@link
 * PageLanguages}); see them for the order of sources. Never throws on bad markup or bad JSON-LD;
 * stateless, so one instance may serve many threads.
 */
public final class HtmlMetadataReader implements MetadataReader {
  private final LanguageNames languageNames;

  public HtmlMetadataReader() {
    this(LanguageNames.load());
  }

  public HtmlMetadataReader(LanguageNames languageNames) {
    this.languageNames = languageNames;
  }

  @Override
  public PageMetadata read(Document page, String url) {
    JsonLd ld = safely(() -> JsonLd.of(page), JsonLd.of(new Document("")));
    String canonical = safely(() -> canonicalUrl(page, ld, url), url);
    String base = url != null ? url : canonical;
    String siteName = safely(() -> siteName(page, ld), null);
    String language = safely(() -> PageLanguages.language(page, ld), null);
    PageDates.Found dates = safely(() -> PageDates.read(page, ld, base), new PageDates.Found(null, null));
    return new PageMetadata(
        safely(() -> PageTitle.read(page, ld, base), null),
        canonical,
        language,
        siteName,
        dates.published(),
        dates.updated(),
        safely(() -> PageAuthors.read(page, ld, siteName), List.<Author>of()),
        safely(() -> PageLanguages.translations(page, language, base, languageNames), List.<Translation>of()));
  }

  /**
   * Each field is read on its own, so that a page which trips one reader (a bug we have not met
   * yet) still yields the others; the contract is that bad markup never throws out of here.
   */
  private static <T> T safely(Supplier<T> reader, T fallback) {
    try {
      return reader.get();
    } catch (RuntimeException | StackOverflowError bug) {
      return fallback;
    }
  }

  private static String canonicalUrl(Document page, JsonLd ld, String given) {
    Element link = page.selectFirst("link[rel=canonical][href]");
    String found = link == null ? null : link.attr("href");
    if (blank(found)) {
      found = Meta.content(page, "og:url");
    }
    if (blank(found)) {
      found = ld.articles().stream()
          .map(a -> JsonLd.text(a, "url").or(() -> JsonLd.text(a, "mainEntityOfPage")))
          .flatMap(Optional::stream)
          .findFirst().orElse(null);
    }
    return blank(found) ? given : Links.absolute(found, given != null ? given : page.baseUri());
  }

  private static String siteName(Document page, JsonLd ld) {
    String og = Meta.content(page, "og:site_name");
    if (og != null) {
      return og;
    }
    for (JsonNode article : ld.articles()) {
      Optional<String> publisher = JsonLd.text(article, "publisher");
      if (publisher.isPresent() && !publisher.get().startsWith("http")) {
        return publisher.get();
      }
    }
    return null;
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
