package verbatim.core.input;

import java.io.ByteArrayInputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Fetches pages the way a considerate crawler does: it names itself, asks each host's
 * robots.txt first, leaves a delay between two requests to one host, follows a bounded number of
 * redirects, gives up on a host that does not answer in time and refuses bodies over the size
 * limit. Thread-safe; share one so the politeness holds across all fetches.
 */
public final class HttpFetcher implements Fetcher {
  /** RFC 9309 asks crawlers to read at least 500 KiB of a robots.txt; no honest one is larger. */
  private static final long ROBOTS_LIMIT = 512 * 1024;
  private static final String ACCEPT =
      "text/html,application/xhtml+xml,application/rss+xml,application/atom+xml,application/xml;q=0.9,*/*;q=0.5";

  private final FetchSettings settings;
  private final HttpClient client;
  private final HostPacer pacer = new HostPacer();
  private final Robots robots;

  public HttpFetcher(FetchSettings settings) {
    this.settings = settings;
    // redirects are followed here, not by the client, so each hop asks robots.txt and waits its turn
    this.client = HttpClient.newBuilder()
        .connectTimeout(settings.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .version(HttpClient.Version.HTTP_1_1)
        .build();
    this.robots = new Robots(robotsTxt -> follow(robotsTxt, ROBOTS_LIMIT, false));
  }

  @Override
  public Fetched fetch(URI uri) throws InputException {
    requireWebAddress(uri);
    HttpAnswer answer = follow(uri, settings.maxBytes(), true);
    if (answer.status() != 200) {
      throw new InputException("HTTP status " + answer.status() + " for " + answer.url());
    }
    return new Fetched(uri, answer.url(), answer.contentType(), answer.body(), answer.at());
  }

  private HttpAnswer follow(URI uri, long limit, boolean askRobots) throws InputException {
    URI current = uri;
    for (int redirects = 0; ; redirects++) {
      if (askRobots) {
        String refusal = robots.refusal(current);
        if (refusal != null) {
          throw new InputException(refusal);
        }
      }
      HttpAnswer answer = exchange(current, limit, askRobots ? robots.crawlDelay(current) : Duration.ZERO);
      if (!answer.isRedirect()) {
        return answer;
      }
      if (redirects == settings.maxRedirects()) {
        throw new InputException("too many redirects: more than " + settings.maxRedirects() + " from " + uri);
      }
      current = redirectTarget(current, answer.location());
    }
  }

  private static URI redirectTarget(URI from, String location) throws InputException {
    try {
      URI target = from.resolve(location.trim());
      requireWebAddress(target);
      return target;
    } catch (IllegalArgumentException e) {
      throw new InputException("bad redirect from " + from + " to \"" + location + "\"");
    }
  }

  private HttpAnswer exchange(URI uri, long limit, Duration crawlDelay) throws InputException {
    HttpRequest request = HttpRequest.newBuilder(uri)
        .timeout(settings.readTimeout())
        .header("User-Agent", settings.userAgent())
        .header("Accept", ACCEPT)
        .GET()
        .build();
    Duration delay = max(settings.hostDelay(), crawlDelay);
    try {
      pacer.awaitTurn(uri.getHost(), delay);
      CompletableFuture<HttpResponse<byte[]>> pending = client.sendAsync(request,
          info -> info.statusCode() == 200 ? new BoundedBody(limit) : BodySubscribers.replacing(new byte[0]));
      HttpResponse<byte[]> response;
      try {
        response = await(pending, uri);
      } finally {
        pacer.done(uri.getHost(), delay);
      }
      String contentType = response.headers().firstValue("Content-Type").orElse(null);
      byte[] body = decoded(response, limit);
      return new HttpAnswer(uri, response.statusCode(), response.headers().firstValue("Location").orElse(null),
          contentType, body, Instant.now());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InputException("interrupted while fetching " + uri, e);
    }
  }

  private HttpResponse<byte[]> await(CompletableFuture<HttpResponse<byte[]>> pending, URI uri)
      throws InputException, InterruptedException {
    // the request's own timeout ends at the headers; this one also covers a body that trickles
    long millis = settings.readTimeout().toMillis();
    try {
      return pending.get(millis, TimeUnit.MILLISECONDS);
    } catch (TimeoutException e) {
      pending.cancel(true);
      throw new InputException("timed out: no complete answer from " + uri.getHost() + " within " + millis + " ms");
    } catch (ExecutionException e) {
      throw new InputException(reason(e.getCause(), uri), e.getCause());
    }
  }

  private String reason(Throwable cause, URI uri) {
    if (cause instanceof HttpConnectTimeoutException) {
      return "cannot connect to " + uri.getHost() + " within " + settings.connectTimeout().toMillis() + " ms";
    }
    if (cause instanceof HttpTimeoutException) {
      return "timed out: no answer from " + uri.getHost() + " within " + settings.readTimeout().toMillis() + " ms";
    }
    if (cause instanceof ConnectException) {
      return "cannot connect to " + uri.getHost() + ":" + uri.getPort() + " (connection refused)";
    }
    if (cause instanceof BoundedBody.TooLarge) {
      return cause.getMessage();
    }
    return "cannot fetch " + uri + ": " + (cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName());
  }

  /** Asked for no compression, a server may still send gzip; it is undone within the same limit. */
  private static byte[] decoded(HttpResponse<byte[]> response, long limit) throws InputException {
    String encoding = response.headers().firstValue("Content-Encoding").orElse("identity").trim().toLowerCase(Locale.ROOT);
    if (encoding.equals("gzip") || encoding.equals("x-gzip")) {
      return new BoundedBytes(limit).read(new ByteArrayInputStream(response.body()));
    }
    if (!encoding.equals("identity") && response.body().length > 0) {
      throw new InputException("content encoding \"" + encoding + "\" is not supported");
    }
    return response.body();
  }

  private static void requireWebAddress(URI uri) throws InputException {
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
      throw new InputException("not a web address (http or https with a host): " + uri);
    }
  }

  private static Duration max(Duration a, Duration b) {
    return a.compareTo(b) >= 0 ? a : b;
  }
}
