package verbatim.core.input;

import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Turns an article carried whole in a feed entry into a page the article extractor already
 * reads: the entry's title as the page title, its link as the canonical address, its published
 * date as {@code article:published_time}, and its content as the {@code <article>}.
 */
final class FeedArticlePage {
  private FeedArticlePage() {}

  static byte[] html(FeedEntry entry, String link, String contentHtml) {
    Document page = Document.createShell(link == null ? "" : link);
    page.outputSettings().charset(StandardCharsets.UTF_8);
    Element head = page.head();
    head.appendElement("meta").attr("charset", "utf-8");
    if (entry.title() != null) {
      page.title(entry.title());
      head.appendElement("meta").attr("property", "og:title").attr("content", entry.title());
    }
    if (link != null) {
      head.appendElement("link").attr("rel", "canonical").attr("href", link);
    }
    if (entry.published() != null) {
      head.appendElement("meta").attr("property", "article:published_time")
          .attr("content", DateTimeFormatter.ISO_INSTANT.format(entry.published()));
    }
    page.body().appendElement("article").html(contentHtml);
    return page.outerHtml().getBytes(StandardCharsets.UTF_8);
  }

  /** The visible text an entry's content holds, whatever its type. */
  static int textLength(String value, String type) {
    return isMarkup(type) ? Jsoup.parseBodyFragment(value).text().length() : value.strip().length();
  }

  /** Content as HTML: plain text becomes paragraphs, one per blank-line-separated block. */
  static String asHtml(String value, String type) {
    if (isMarkup(type)) {
      return value;
    }
    Element holder = Jsoup.parseBodyFragment("").body();
    for (String paragraph : value.strip().split("\\R\\s*\\R")) {
      holder.appendElement("p").text(paragraph.strip());
    }
    return holder.html();
  }

  /** RSS content:encoded comes without a type and is HTML; Atom says html, xhtml or text. */
  private static boolean isMarkup(String type) {
    if (type == null) {
      return true;
    }
    String t = type.toLowerCase(Locale.ROOT);
    return t.contains("html") || t.contains("xml");
  }
}
