package verbatim.core.input;

import java.time.Duration;
import java.util.Objects;

/**
 * How verbatim fetches pages from the web: politely, within bounds.
 *
 * @param connectTimeout how long to wait for a connection to a host
 * @param readTimeout how long to wait, once asked, for a whole answer (headers and body)
 * @param hostDelay the least time between two requests to one host (a robots.txt crawl-delay
 *     may make it longer)
 * @param maxRedirects how many redirects one fetch follows before giving up
 * @param maxBytes the largest body read; a larger one is refused
 * @param userAgent the User-Agent header; it names verbatim so a site can tell it apart
 */
public record FetchSettings(Duration connectTimeout, Duration readTimeout, Duration hostDelay, int maxRedirects,
    long maxBytes, String userAgent) {
  /** The longest timeout accepted: beyond it a stuck host stalls a whole ingest. */
  private static final Duration LONGEST_TIMEOUT = Duration.ofMinutes(10);
  private static final int MOST_REDIRECTS = 20;

  public FetchSettings {
    requireTimeout("connect timeout", connectTimeout);
    requireTimeout("read timeout", readTimeout);
    Objects.requireNonNull(hostDelay, "hostDelay");
    if (hostDelay.isNegative()) {
      throw new IllegalArgumentException("host delay must not be negative, was " + hostDelay);
    }
    if (maxRedirects < 0 || maxRedirects > MOST_REDIRECTS) {
      throw new IllegalArgumentException("max redirects must be 0 to " + MOST_REDIRECTS + ", was " + maxRedirects);
    }
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive, was " + maxBytes);
    }
    if (userAgent == null || userAgent.isBlank()) {
      throw new IllegalArgumentException("a User-Agent is required: sites must be able to tell who is fetching");
    }
  }

  /** Connect within 10 s, answer within 30 s, one request a second per host, 5 redirects, 64 MiB. */
  public static FetchSettings defaults() {
    return new FetchSettings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(1), 5,
        BoundedBytes.DEFAULT_LIMIT, UserAgent.VERBATIM);
  }

  public FetchSettings withHostDelay(Duration delay) {
    return new FetchSettings(connectTimeout, readTimeout, delay, maxRedirects, maxBytes, userAgent);
  }

  public FetchSettings withTimeouts(Duration connect, Duration read) {
    return new FetchSettings(connect, read, hostDelay, maxRedirects, maxBytes, userAgent);
  }

  public FetchSettings withMaxBytes(long bytes) {
    return new FetchSettings(connectTimeout, readTimeout, hostDelay, maxRedirects, bytes, userAgent);
  }

  public FetchSettings withMaxRedirects(int redirects) {
    return new FetchSettings(connectTimeout, readTimeout, hostDelay, redirects, maxBytes, userAgent);
  }

  private static void requireTimeout(String what, Duration timeout) {
    Objects.requireNonNull(timeout, what);
    if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(LONGEST_TIMEOUT) > 0) {
      throw new IllegalArgumentException(what + " must be more than 0 and at most " + LONGEST_TIMEOUT + ", was " + timeout);
    }
  }
}
