package verbatim.index;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The key of a story's address, so that versions of it meet: scheme and host in lower case, no
 * fragment, no trailing slash. The query string is kept: it often names the article.
 */
final class StoryUrl {
  private StoryUrl() {}

  /** The key of {@code url}, or {@code null} when there is no URL. */
  static String key(String url) {
    if (url == null || url.isBlank()) {
      return null;
    }
    String s = url.strip();
    int hash = s.indexOf('#');
    if (hash >= 0) {
      s = s.substring(0, hash);
    }
    try {
      URI u = new URI(s);
      if (u.getScheme() != null && u.getRawAuthority() != null) {
        String path = u.getRawPath() == null ? "" : u.getRawPath();
        s = u.getScheme().toLowerCase(Locale.ROOT) + "://" + u.getRawAuthority().toLowerCase(Locale.ROOT) + path
            + (u.getRawQuery() == null ? "" : "?" + u.getRawQuery());
      }
    } catch (URISyntaxException e) {
      // not a URI we can take apart: the address as written is still a key
    }
    while (s.endsWith("/")) {
      s = s.substring(0, s.length() - 1);
    }
    return s;
  }
}
