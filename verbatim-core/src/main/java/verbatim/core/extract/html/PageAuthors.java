package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.model.Author;

/**
 * The article's bylines, from the first source that names anyone: JSON-LD {@code author}, meta
 * author tags, {@code rel=author} links, then byline elements. A source is taken whole rather than
 * merged with the others, since the same people are usually spelled differently across them.
 */
final class PageAuthors {
  private PageAuthors() {}

  private static final String BYLINE_QUERY =
      "[itemprop=author], [rel=author], [class~=(?i)(^|[-_\\s])(author|byline|autor|verfasser)($|[-_\\s])]";

  static List<Author> read(Document page, JsonLd ld, String siteName) {
    List<List<String>> sources = List.of(
        jsonLd(ld), metaAuthors(page), texts(page, "a[rel=author], link[rel=author][title]"), texts(page, BYLINE_QUERY));
    for (List<String> raw : sources) {
      List<Author> authors = clean(raw, siteName);
      if (!authors.isEmpty()) {
        return authors;
      }
    }
    return List.of();
  }

  private static List<String> jsonLd(JsonLd ld) {
    List<String> out = new ArrayList<>();
    for (JsonNode article : ld.articles()) {
      JsonNode author = article.get("author");
      if (author == null) {
        author = article.get("creator");
      }
      collect(author, out);
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static void collect(JsonNode author, List<String> out) {
    if (author == null) {
      return;
    }
    if (author.isArray()) {
      author.forEach(a -> collect(a, out));
    } else if (author.isObject()) {
      if (!JsonLd.hasType(author, "organization")) {
        JsonLd.text(author, "name").ifPresent(out::add);
      }
    } else if (author.isTextual()) {
      out.add(author.asText());
    }
  }

  private static List<String> metaAuthors(Document page) {
    List<String> out = new ArrayList<>();
    for (Element meta : page.select("meta[content]")) {
      String key = (meta.attr("name") + meta.attr("property")).trim().toLowerCase(Locale.ROOT);
      if (key.equals("author") || key.equals("article:author") || key.equals("dc.creator")
          || key.equals("parsely-author") || key.equals("sailthru.author") || key.equals("byl")) {
        out.add(meta.attr("content"));
      }
    }
    return out;
  }

  private static List<String> texts(Document page, String query) {
    List<String> out = new ArrayList<>();
    for (Element e : page.select(query)) {
      String text = e.hasAttr("title") && e.text().isBlank() ? e.attr("title") : e.text();
      if (text.length() <= 120 && !text.isBlank()) {
        out.add(e.select("a[href^=mailto:]").isEmpty() ? text : text + " " + e.select("a[href^=mailto:]").attr("href"));
      }
      if (out.size() >= 5) {
        break;
      }
    }
    return out;
  }

  /** Splits, strips "By", drops URLs and the site's own name, pairs e-mails with names; distinct. */
  private static List<Author> clean(List<String> raw, String siteName) {
    Map<String, Author> byKey = new LinkedHashMap<>();
    for (String text : raw) {
      for (Author a : Bylines.split(text)) {
        String key = a.name().toLowerCase(Locale.ROOT);
        if (siteName != null && key.equals(siteName.toLowerCase(Locale.ROOT))) {
          continue;
        }
        byKey.putIfAbsent(key, a);
      }
    }
    return List.copyOf(byKey.values());
  }
}
