package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.model.Author;

/**
 * The article's bylines, from the first source that names anyone: JSON-LD {@code author}, meta
 * author tags, Twitter's "Written by" card label, {@code rel=author} links, then byline elements. A source is taken whole rather than
 * merged with the others, since the same people are usually spelled differently across them.
 */
final class PageAuthors {
  private PageAuthors() {}

  private static final String BYLINE_QUERY =
      "[itemprop=author], [rel=author], [class~=(?i)(^|[-_\\s])(author|byline|autor|verfasser)($|[-_\\s])]";

  static List<Author> read(Document page, JsonLd ld, String siteName) {
    List<Supplier<List<String>>> sources = List.of(
        () -> jsonLd(ld), () -> metaAuthors(page), () -> twitterLabelled(page),
        () -> texts(page, "a[rel=author], link[rel=author][title]"),
        () -> texts(page, BYLINE_QUERY), () -> bylineLines(page));
    for (Supplier<List<String>> raw : sources) {
      List<Author> authors = clean(raw.get(), siteName);
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
      collect(author, ld, out);
      if (!out.isEmpty()) {
        break;
      }
    }
    return out;
  }

  private static void collect(JsonNode reference, JsonLd ld, List<String> out) {
    if (reference == null) {
      return;
    }
    JsonNode author = ld.resolve(reference);
    if (author.isArray()) {
      author.forEach(a -> collect(a, ld, out));
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

  /**
   * Twitter's labelled card data, where generators such as Yoast put the byline:
   * {@code twitter:label1 = "Written by"}, {@code twitter:data1 = "Jane Roe"}.
   */
  private static List<String> twitterLabelled(Document page) {
    List<String> out = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      String label = Meta.content(page, "twitter:label" + i);
      String data = Meta.content(page, "twitter:data" + i);
      if (label != null && data != null && WRITTEN_BY.matcher(label).matches()) {
        out.add(data);
      }
    }
    return out;
  }

  private static final Pattern WRITTEN_BY = Pattern.compile(
      "(?iu)\\s*(written by|verfasst von|geschrieben von|écrit par|escrito por|scritto da|geschreven door|author|autor)\\s*:?\\s*");

  private static List<String> texts(Document page, String query) {
    List<String> out = new ArrayList<>();
    for (Element e : page.select(query)) {
      if (inCommentsOrFooter(e)) {
        continue;
      }
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

  /**
   * Short lines that open with a byline label ("By", "von", "Autor:", "Posted by", "Posted on
   * 21 September 2020 by"): the printed byline of pages without markup. Only what follows the
   * label is kept, so a date before the name is not taken for part of it.
   */
  private static List<String> bylineLines(Document page) {
    List<String> out = new ArrayList<>();
    for (Element e : page.select("p, span, div, small, em, strong, address, h4, h5")) {
      String own = e.ownText();
      if (own.length() > MAX_BYLINE || !BYLINE_LABEL.matcher(own).lookingAt() || e.text().length() > MAX_BYLINE
          || inCommentsOrFooter(e)) {
        continue;
      }
      java.util.regex.Matcher m = BYLINE_LINE.matcher(e.text());
      if (m.lookingAt()) {
        out.add(e.text().substring(m.end()));
        break;
      }
    }
    return out;
  }

  private static final int MAX_BYLINE = 80;
  private static final Pattern COMMENTS = Pattern.compile(
      "(?i)(^|[\\s_-])(comments?|kommentare?|respond|reply|replies|discussion|footer|site-info|colophon)($|[\\s_-])");

  /** Commenters and theme credits are not the article's authors. */
  private static boolean inCommentsOrFooter(Element e) {
    // body and html carry page-wide classes ("right-sidebar", "active-footer-widgets") that say nothing of e
    for (Element a = e; a != null && !a.tagName().equals("body"); a = a.parent()) {
      if (a.tagName().equals("footer") && a.parent() != null && a.parent().tagName().equals("body")
          || COMMENTS.matcher(a.className() + " " + a.id()).find()) {
        return true;
      }
    }
    return false;
  }
  private static final String LABELS = "(?iu:by|von|par|por|door|text:|text von|autor(?:in)?\\s*:|author\\s*:"
      + "|auteur(?:e|\\(s\\))?\\s*:|posted by|written by|verfasst von|geschrieben von|ein beitrag von"
      + "|(?:posted|published|veröffentlicht|publié)\\s+(?:on|am|le)\\s+[^|]{4,30}?\\s+(?:by|von|par))";
  private static final Pattern BYLINE_LABEL = Pattern.compile("\\s*" + LABELS + "(?![\\p{L}])");
  /** The label, then a capitalized name: "by the way" is not a byline. */
  private static final Pattern BYLINE_LINE = Pattern.compile("\\s*" + LABELS + "\\s*(?=\\p{Lu})");

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
