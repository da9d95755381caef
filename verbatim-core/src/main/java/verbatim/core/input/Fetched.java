package verbatim.core.input;

import java.net.URI;
import java.time.Instant;
import java.util.Objects;

/**
 * A page fetched from the web.
 *
 * @param requested the address asked for
 * @param url the address the page was found at, after redirects
 * @param contentType the Content-Type header, or {@code null}
 * @param body the body, content encoding undone
 * @param fetched when the answer arrived
 */
public record Fetched(URI requested, URI url, String contentType, byte[] body, Instant fetched) {
  public Fetched {
    Objects.requireNonNull(requested, "requested");
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(body, "body");
    Objects.requireNonNull(fetched, "fetched");
  }
  // the body is not copied: it is handed on once, like RawInput's bytes
}
