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

  /**
   * The {@code <h1>} whose text is contained in the title, or the only one when the title is empty;
   * failing that, an {@code <h2>} that is the title or a segment at one end of it: blog themes
   * print the site's name as the {@code <h1>} and each post's title as an {@code <h2>}. An
   * {@code <h2>} that only opens the title's sentence ("The Climate Clock" in "The Climate Clock
   * has started") is another heading.
   */
  private static Optional<String> bestHeading(Document page, String title) {
    Optional<String> h1 = longestContained(page.select("h1"), title, 4);
    if (h1.isEmpty() && title.isEmpty() && page.select("h1").size() == 1) {
      h1 = Optional.of(clean(page.selectFirst("h1").text())).filter(s -> !s.isEmpty());
    }
    Optional<String> h2 = longestContained(page.select("h2"), title, MIN_SUBHEADING)
        .filter(h -> h.equalsIgnoreCase(title) || endSegmentOf(h, title));
    if (h1.isPresent() && h2.isPresent() && endSegmentOf(h1.get(), title) && h2.get().length() > h1.get().length()
        && !h2.get().toLowerCase(Locale.ROOT).contains(h1.get().toLowerCase(Locale.ROOT))) {
      // "Muffin Grundrezept : Muffin Rezepte" with h1 "Muffin Rezepte": the h1 is the site's name,
      // shorter than the post's title in the h2, which is another segment of the title
      return h2;
    }
    return h1.or(() -> h2);
  }

  /** Whether {@code part} stands alone at the start or end of {@code title}, cut off by a separator. */
  private static boolean endSegmentOf(String part, String title) {
    String t = title.toLowerCase(Locale.ROOT);
    String p = part.toLowerCase(Locale.ROOT);
    if (t.length() <= p.length() + 2) {
      return false;
    }
    if (t.startsWith(p)) {
      return END_SEPARATOR.matcher(t.substring(p.length())).lookingAt();
    }
    return t.endsWith(p) && START_SEPARATOR.matcher(t.substring(0, t.length() - p.length())).find();
  }

  private static final Pattern END_SEPARATOR = Pattern.compile("\\s*[|\\-–—·•»«:/]+\\s|\\s+\\(");
  private static final Pattern START_SEPARATOR = Pattern.compile("\\s[|\\-–—·•»«:/]+\\s*$");

  /** A sub-heading this short ("News", "Archiv") names a section, not the article. */
  private static final int MIN_SUBHEADING = 15;

  private static Optional<String> longestContained(List<Element> headings, String title, int minLength) {
    String lowerTitle = title.toLowerCase(Locale.ROOT);
    String best = null;
    for (Element h : headings) {
      String text = clean(h.text());
      if (text.length() >= minLength && lowerTitle.contains(text.toLowerCase(Locale.ROOT))
          && (best == null || text.length() > best.length())) {
        best = text;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String clean(String s) {
    return s == null ? "" : Whitespace.normalize(org.jsoup.parser.Parser.unescapeEntities(s, false));
  }
}
