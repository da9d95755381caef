package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class HttpFetcherTest {
  private static final String ARTICLE = "<html><head><title>One</title></head><body><p>Words.</p></body></html>";

  private final TestSite site = new TestSite()
      .page("/robots.txt", "text/plain", "User-agent: *\nDisallow: /private/\n")
      .page("/articles/1", "text/html; charset=utf-8", ARTICLE)
      .page("/private/memo", "text/html", "<p>secret</p>")
      .status("/gone", 404)
      .status("/broken", 500)
      .redirect("/moved", "/articles/1")
      .redirect("/loop", "/loop")
      .redirect("/to-private", "/private/memo")
      .slow("/slow", 5_000)
      .page("/big", "text/html", new byte[300_000]);

  HttpFetcherTest() throws IOException {}

  @AfterEach
  void stop() {
    site.close();
  }

  private static HttpFetcher fetcher(Duration delay) {
    return new HttpFetcher(FetchSettings.defaults().withHostDelay(delay)
        .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(500)).withMaxBytes(100_000));
  }

  @Test
  void fetchesAPageAndNamesItself() throws InputException {
    Fetched page = fetcher(Duration.ZERO).fetch(site.uri("/articles/1"));
    assertThat(new String(page.body(), StandardCharsets.UTF_8)).isEqualTo(ARTICLE);
    assertThat(page.contentType()).isEqualTo("text/html; charset=utf-8");
    assertThat(page.url()).isEqualTo(site.uri("/articles/1"));
    assertThat(site.hits()).extracting(TestSite.Hit::userAgent)
        .allMatch(agent -> agent.startsWith("verbatim/") && agent.contains("(+" + UserAgent.PROJECT_URL + ")"));
  }

  @Test
  void followsRedirectsAndKeepsTheFinalAddress() throws InputException {
    Fetched page = fetcher(Duration.ZERO).fetch(site.uri("/moved"));
    assertThat(page.requested()).isEqualTo(site.uri("/moved"));
    assertThat(page.url()).isEqualTo(site.uri("/articles/1"));
  }

  @Test
  void redirectLoopStopsAtTheLimit() {
    HttpFetcher fetcher = new HttpFetcher(FetchSettings.defaults().withHostDelay(Duration.ZERO).withMaxRedirects(3));
    assertThatThrownBy(() -> fetcher.fetch(site.uri("/loop")))
        .hasMessage("too many redirects: more than 3 from " + site.uri("/loop"));
    assertThat(site.paths()).containsExactly("/robots.txt", "/loop", "/loop", "/loop", "/loop");
  }

  @Test
  void statusOtherThanOkIsAFailureNamingIt() {
    assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(site.uri("/gone")))
        .hasMessage("HTTP status 404 for " + site.uri("/gone"));
  }

  @Test
  void slowPageTimesOutWithinTheReadTimeout() {
    long start = System.nanoTime();
    assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(site.uri("/slow")))
        .hasMessageStartingWith("timed out: no")
        .hasMessageContaining("within 500 ms");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(3));
  }

  @Test
  void robotsTxtDisallowIsRespectedAlsoAfterARedirect() {
    HttpFetcher fetcher = fetcher(Duration.ZERO);
    assertThatThrownBy(() -> fetcher.fetch(site.uri("/private/memo")))
        .hasMessage("robots.txt of http://127.0.0.1:" + site.uri("/").getPort() + " disallows /private/memo");
    assertThatThrownBy(() -> fetcher.fetch(site.uri("/to-private"))).hasMessageContaining("disallows /private/memo");
    assertThat(site.paths()).doesNotContain("/private/memo").containsOnlyOnce("/robots.txt");
  }

  @Test
  void unreadableRobotsTxtKeepsTheHostUnvisited() throws IOException {
    try (TestSite down = new TestSite().status("/robots.txt", 503).page("/a", "text/html", ARTICLE)) {
      assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(down.uri("/a")))
          .hasMessageContaining("could not be read (HTTP status 503)");
      assertThat(down.paths()).containsExactly("/robots.txt");
    }
  }

  @Test
  void missingRobotsTxtAllowsEverything() throws IOException, InputException {
    try (TestSite open = new TestSite().page("/a", "text/html", ARTICLE)) {
      assertThat(fetcher(Duration.ZERO).fetch(open.uri("/a")).body()).isNotEmpty();
      assertThat(open.paths()).containsExactly("/robots.txt", "/a");
    }
  }

  @Test
  void waitsTheHostDelayBetweenTwoHitsOnOneHost() throws InputException {
    HttpFetcher fetcher = fetcher(Duration.ofMillis(400));
    fetcher.fetch(site.uri("/articles/1"));
    fetcher.fetch(site.uri("/moved"));
    List<TestSite.Hit> hits = site.hits();
    assertThat(hits).extracting(TestSite.Hit::path)
        .containsExactly("/robots.txt", "/articles/1", "/moved", "/articles/1");
    for (int i = 1; i < hits.size(); i++) {
      assertThat(Duration.ofNanos(hits.get(i).nanoTime() - hits.get(i - 1).nanoTime()))
          .isGreaterThanOrEqualTo(Duration.ofMillis(390));
    }
  }

  @Test
  void bodyOverTheLimitIsRefused() {
    assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(site.uri("/big")))
        .hasMessage("too large: more than 100000 bytes (raise --max-bytes to read it)");
  }

  @Test
  void closedPortIsAFailureNamingTheHost() throws IOException {
    URI closed;
    try (TestSite gone = new TestSite()) {
      closed = gone.uri("/a");
    }
    assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(closed)).hasMessageContaining("robots.txt of")
        .hasMessageContaining("cannot connect");
  }

  @Test
  void onlyWebAddressesAreFetched() {
    assertThatThrownBy(() -> fetcher(Duration.ZERO).fetch(URI.create("file:///etc/passwd")))
        .hasMessageStartingWith("not a web address");
  }
}
