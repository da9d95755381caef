package verbatim.core.input;

import crawlercommons.robots.BaseRobotRules;
import crawlercommons.robots.SimpleRobotRulesParser;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What each site's robots.txt allows verbatim, read once per origin and kept for a day. As
 * RFC 9309 asks: a robots.txt that is missing (4xx) allows everything; one that cannot be read
 * (5xx, no connection) allows nothing, and is asked again after a few minutes.
 */
final class Robots {
  /** Reads a robots.txt, following redirects; an exception means it could not be read. */
  interface Download {
    HttpAnswer get(URI robotsTxt) throws InputException;
  }

  private static final Duration KEEP = Duration.ofHours(24);
  private static final Duration KEEP_UNREADABLE = Duration.ofMinutes(10);

  private record Rules(BaseRobotRules rules, String unreadable, Instant expires) {}

  private final Download download;
  private final ConcurrentHashMap<String, Rules> byOrigin = new ConcurrentHashMap<>();

  Robots(Download download) {
    this.download = download;
  }

  /** Why {@code uri} may not be fetched, or {@code null} when it may. */
  String refusal(URI uri) {
    Rules rules = rulesFor(uri);
    if (rules.unreadable() != null && rules.rules().isAllowNone()) {
      return "robots.txt of " + origin(uri) + " could not be read (" + rules.unreadable()
          + "), so nothing there is fetched for now";
    }
    if (!rules.rules().isAllowed(uri.toString())) {
      return "robots.txt of " + origin(uri) + " disallows " + uri.getRawPath();
    }
    return null;
  }

  /** The crawl-delay the site asks of verbatim, or zero. */
  Duration crawlDelay(URI uri) {
    long millis = rulesFor(uri).rules().getCrawlDelay();
    return millis > 0 ? Duration.ofMillis(millis) : Duration.ZERO;
  }

  private Rules rulesFor(URI uri) {
    Instant now = Instant.now();
    return byOrigin.compute(origin(uri), (origin, old) -> old != null && now.isBefore(old.expires()) ? old : load(origin, now));
  }

  private Rules load(String origin, Instant now) {
    SimpleRobotRulesParser parser = new SimpleRobotRulesParser();
    URI robotsTxt = URI.create(origin + "/robots.txt");
    HttpAnswer answer;
    try {
      answer = download.get(robotsTxt);
    } catch (InputException e) {
      return new Rules(parser.failedFetch(503), e.getMessage(), now.plus(KEEP_UNREADABLE));
    }
    if (answer.status() == 200) {
      BaseRobotRules rules = parser.parseContent(robotsTxt.toString(), answer.body(), answer.contentType(),
          List.of(UserAgent.ROBOTS_TOKEN));
      return new Rules(rules, null, now.plus(KEEP));
    }
    BaseRobotRules rules = parser.failedFetch(answer.status());
    boolean unreadable = rules.isAllowNone();
    return new Rules(rules, unreadable ? "HTTP status " + answer.status() : null,
        now.plus(unreadable ? KEEP_UNREADABLE : KEEP));
  }

  static String origin(URI uri) {
    String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
    int defaultPort = scheme.equals("https") ? 443 : 80;
    String port = uri.getPort() == -1 || uri.getPort() == defaultPort ? "" : ":" + uri.getPort();
    return scheme + "://" + uri.getHost().toLowerCase(Locale.ROOT) + port;
  }
}
