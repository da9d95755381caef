package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.Whitespace;

/**
 * The article's headline: the JSON-LD headline, og:title, twitter:title, the {@code <h1>} that
 * best matches {@code <title>}, else {@code <title>}; whichever is taken loses a site name at either
 * end ("Headline | Site"). A separator alone is not enough to cut: headlines have dashes of their own
 * ("Brexit – what happens next"), so only a segment known as the site's name is dropped.
 */
final class PageTitle {
  private PageTitle() {}

  /** " | Site", " - Site", " — Site", " :: Site", " « Site", " · Site". */
  private static final Pattern SEPARATOR = Pattern.compile("\\s+(?:[|\\-–—·•»«]{1,2}|::)\\s+");
  private static final int MAX_SITE_NAME = 40;
  private static final int MAX_SITE_WORDS = 5;

  static String read(Document page, JsonLd ld, String url) {
    String title = clean(page.title());
    SiteNames sites = SiteNames.of(page, title, url);
    List<String> declared = new ArrayList<>();
    for (JsonNode article : ld.articles()) {
      JsonLd.text(article, "headline").or(() -> JsonLd.text(article, "name")).ifPresent(declared::add);
    }
    declared.add(Meta.content(page, "og:title"));
    declared.add(Meta.content(page, "twitter:title"));
    for (String d : declared) {
      String t = d == null ? "" : sites.strip(clean(d));
      if (!t.isEmpty() && !sites.isSiteName(t)) {
        // a heading the declared title contains is the same headline without kicker or site name
        return bestHeading(page, t).orElse(t);
      }
    }
    Optional<String> h1 = bestHeading(page, title);
    if (h1.isPresent()) {
      return h1.get();
    }
    String stripped = sites.strip(title);
    return stripped.isEmpty() ? null : stripped;
  }

  /**
   * The names a page calls its site by: og:site_name, the host ("chadim.net"), and the shorter end
   * segment of {@code <title>} when it looks like a name (short, few words, not a sentence).
   */
  private record SiteNames(Set<String> names) {
    static SiteNames of(Document page, String title, String url) {
      Set<String> names = new HashSet<>();
      Optional.ofNullable(Meta.content(page, "og:site_name")).ifPresent(n -> names.add(key(n)));
      host(url).ifPresent(h -> names.add(key(h)));
      endSegment(title).ifPresent(n -> names.add(key(n)));
      return new SiteNames(names);
    }

    boolean isSiteName(String s) {
      return names.contains(key(s));
    }

    /** {@code title} without a separator and site name at either end; unchanged when there is none. */
    String strip(String title) {
      var m = SEPARATOR.matcher(title);
      while (m.find()) {
        String head = title.substring(0, m.start()).trim();
        String tail = title.substring(m.end()).trim();
        if (isSiteName(tail) && !head.isEmpty()) {
          return strip(head);
        }
        if (isSiteName(head) && !tail.isEmpty()) {
          return strip(tail);
        }
      }
      return title;
    }
  }

  /** The last segment after a separator when it is shorter than the rest and reads like a name. */
  private static Optional<String> endSegment(String title) {
    var m = SEPARATOR.matcher(title);
    int start = -1;
    int end = -1;
    while (m.find()) {
      start = m.start();
      end = m.end();
    }
    if (start < 0) {
      return Optional.empty();
    }
    String head = title.substring(0, start).trim();
    String tail = title.substring(end).trim();
    boolean nameLike = tail.length() <= MAX_SITE_NAME && tail.split(" ").length <= MAX_SITE_WORDS
        && !tail.matches(".*[?!.:]$") && tail.length() < head.length();
    return nameLike ? Optional.of(tail) : Optional.empty();
  }

  private static Optional<String> host(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      String host = java.net.URI.create(url.trim()).getHost();
      return Optional.ofNullable(host).map(h -> h.replaceFirst("^www\\.", ""));
    } catch (IllegalArgumentException notAUrl) {
      return Optional.empty();
    }
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT).trim();
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

  private static String clean(String s) {
    return s == null ? "" : Whitespace.normalize(org.jsoup.parser.Parser.unescapeEntities(s, false));
  }
}
