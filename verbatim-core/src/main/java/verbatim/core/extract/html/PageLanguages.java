package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.LanguageNames;
import verbatim.core.extract.Whitespace;
import verbatim.core.model.Translation;

/** The page's declared language and the other-language versions of the article that it links to. */
final class PageLanguages {
  private PageLanguages() {}

  /** {@code <html lang>}, content-language, og:locale, JSON-LD inLanguage; the primary subtag, lower case. */
  static String language(Document page, JsonLd ld) {
    List<String> declared = new ArrayList<>();
    Element html = page.selectFirst("html");
    if (html != null) {
      declared.add(html.attr("lang"));
      declared.add(html.attr("xml:lang"));
    }
    declared.add(Meta.content(page, "content-language"));
    declared.add(Meta.content(page, "og:locale"));
    ld.articles().forEach(a -> JsonLd.text(a, "inLanguage").ifPresent(declared::add));
    for (String tag : declared) {
      Optional<String> primary = primarySubtag(tag);
      if (primary.isPresent()) {
        return primary.get();
      }
    }
    return null;
  }

  static Optional<String> primarySubtag(String tag) {
    if (tag == null) {
      return Optional.empty();
    }
    String primary = tag.trim().split("[-_,;\\s]")[0].toLowerCase(Locale.ROOT);
    return primary.matches("[a-z]{2,3}") ? Optional.of(primary) : Optional.empty();
  }

  /**
   * hreflang alternates (not the page's own language, not x-default), then anchors whose whole
   * text is a language's own name and that lead elsewhere. One translation per language, the first;
   * an anchor to the same address as an alternate lends it its printed label ("한국어", not "ko").
   */
  static List<Translation> translations(Document page, String language, String pageUrl, LanguageNames names) {
    Map<String, Translation> byLanguage = new LinkedHashMap<>();
    for (Element link : page.select("link[rel=alternate][hreflang][href]")) {
      Optional<String> code = primarySubtag(link.attr("hreflang"));
      String href = Links.absolute(link.attr("href"), pageUrl);
      if (code.isPresent() && !code.get().equals(language) && !sameUrl(href, pageUrl)) {
        byLanguage.putIfAbsent(code.get(), new Translation(code.get(), link.attr("hreflang"), href));
      }
    }
    for (Element a : page.select("a[href]")) {
      String label = Whitespace.normalize(a.text());
      Optional<String> code = names.codeOf(label);
      String href = Links.absolute(a.attr("href"), pageUrl);
      if (code.isPresent() && !code.get().equals(language) && !a.attr("href").trim().startsWith("#") && !sameUrl(href, pageUrl)) {
        Translation known = byLanguage.get(code.get());
        if (known == null || (known.label().equals(known.language()) || known.label().contains("-")) && sameUrl(known.url(), href)) {
          // the link a reader sees names the version better than the hreflang code does
          byLanguage.put(code.get(), new Translation(code.get(), label, href));
        }
      }
    }
    return List.copyOf(byLanguage.values());
  }

  private static boolean sameUrl(String a, String b) {
    return b != null && strip(a).equals(strip(b));
  }

  private static String strip(String url) {
    String s = url.replaceFirst("^https?://", "").replaceFirst("#.*$", "");
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
