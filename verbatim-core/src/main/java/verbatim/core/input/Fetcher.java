package verbatim.core.input;

import java.net.URI;

/** Fetches one page from the web; a fetch that fails says why in its exception's message. */
public interface Fetcher {
  /** The page at {@code uri} with HTTP status 200, after redirects. */
  Fetched fetch(URI uri) throws InputException;
}
