package verbatim.core.input;

import java.net.URI;
import java.time.Instant;

/**
 * One HTTP exchange as {@link HttpFetcher} saw it, before redirects are followed.
 *
 * @param url the address asked
 * @param status the HTTP status
 * @param location the Location header of a redirect, else {@code null}
 * @param contentType the Content-Type header, else {@code null}
 * @param body the body of a 200 answer, content encoding undone; empty for any other status
 * @param at when the answer arrived
 */
record HttpAnswer(URI url, int status, String location, String contentType, byte[] body, Instant at) {
  boolean isRedirect() {
    return (status == 301 || status == 302 || status == 303 || status == 307 || status == 308) && location != null;
  }
}
