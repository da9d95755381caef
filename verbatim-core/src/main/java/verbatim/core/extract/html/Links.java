package verbatim.core.extract.html;

import java.net.URI;

/** Link targets made absolute against the page's address, without touching the parsed document. */
final class Links {
  private Links() {}

  /** {@code href} resolved against {@code base}; as written when either is not a valid URI. */
  static String absolute(String href, String base) {
    String h = href.trim();
    try {
      URI uri = new URI(h);
      if (uri.isAbsolute() || base == null || base.isBlank()) {
        return uri.toString();
      }
      return new URI(base.trim()).resolve(uri).toString();
    } catch (Exception notAUri) {
      return h;
    }
  }
}
