package verbatim.core.extract.html;

import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.Whitespace;

/** {@code <meta>} lookups by property, name or itemprop, case-insensitive. */
final class Meta {
  private Meta() {}

  /** The first non-blank content of a meta tag named {@code key}, whitespace-normalized; else null. */
  static String content(Document page, String key) {
    String wanted = key.toLowerCase(Locale.ROOT);
    for (Element meta : page.select("meta[content]")) {
      for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
        if (meta.attr(attr).trim().toLowerCase(Locale.ROOT).equals(wanted)) {
          String value = Whitespace.normalize(meta.attr("content"));
          if (!value.isEmpty()) {
            return value;
          }
        }
      }
    }
    return null;
  }
}
