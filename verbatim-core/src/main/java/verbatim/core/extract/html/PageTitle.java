package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.Whitespace;

/**
 * The article's headline: the JSON-LD headline, og:title, twitter:title, the {@code <h1>} that
 * best matches {@code <title>}, else {@code <title>} without the site name.
 */
final class PageTitle {
  private PageTitle() {}

  /** " | Site", " - Site", " — Site", " :: Site", " « Site"; the site name is the shorter side. */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+[|\\-–—·•:»«/]{1,2}\\s+");

  static String read(Document page, JsonLd ld) {
    for (JsonNode article : ld.articles()) {
      Optional<String> headline = JsonLd.text(article, "headline").or(() -> JsonLd.text(article, "name"));
      if (headline.isPresent()) {
        return clean(headline.get());
      }
    }
    for (String key : new String[] {"og:title", "twitter:title"}) {
      String value = Meta.content(page, key);
      if (value != null) {
        return clean(value);
      }
    }
    String title = clean(page.title());
    Optional<String> h1 = bestHeading(page, title);
    if (h1.isPresent()) {
      return h1.get();
    }
    return title.isEmpty() ? null : withoutSiteName(title);
  }

  /** The {@code <h1>} whose text is contained in the title, or the only one when the title is empty. */
  private static Optional<String> bestHeading(Document page, String title) {
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    String best = null;
    for (Element h1 : page.select("h1")) {
      String text = clean(h1.text());
      if (text.length() < 4) {
        continue;
      }
      boolean matches = lowerTitle.contains(text.toLowerCase(Locale.ROOT));
      if (matches && (best == null || text.length() > best.length())) {
        best = text;
      }
    }
    if (best == null && title.isEmpty() && page.select("h1").size() == 1) {
      best = clean(page.selectFirst("h1").text());
    }
    return Optional.ofNullable(best).filter(s -> !s.isEmpty());
  }

  /**
   * Drops a site name at the end (" - Site", " | Site") when it is the shorter side, or at the start
   * ("Site | Headline") only after a bar or guillemet: a dash at the start is too often the
   * headline's own ("Brexit – what happens next").
   */
  static String withoutSiteName(String title) {
    var m = SEPARATOR.matcher(title);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int lastEnd = -1;
    while (m.find()) {
      if (firstStart < 0) {
        firstStart = m.start();
        firstEnd = m.end();
      }
      lastStart = m.start();
      lastEnd = m.end();
    }
    if (lastStart < 0) {
      return title;
    }
    String head = title.substring(0, lastStart).trim();
    String tail = title.substring(lastEnd).trim();
    if (tail.length() <= head.length() && tail.length() <= MAX_SITE_NAME) {
      return head;
    }
    String prefix = title.substring(0, firstStart).trim();
    String rest = title.substring(firstEnd).trim();
    boolean bar = title.substring(firstStart, firstEnd).matches("\\s*[|»«:/]{1,2}\\s*");
    return bar && prefix.length() < rest.length() && prefix.length() <= MAX_SITE_NAME ? rest : title;
  }

  private static final int MAX_SITE_NAME = 40;

  private static String clean(String s) {
    return s == null ? "" : Whitespace.normalize(org.jsoup.parser.Parser.unescapeEntities(s, false));
  }
}
