package verbatim.core.input;

import java.util.regex.Pattern;
import verbatim.core.extract.PageFormat;

/** Tells an HTML page from a plain-text scrape by its first markup. */
final class PageSniffer {
  private static final Pattern HTML_START = Pattern.compile(
      "^\\s*(?:<!--.*?-->\\s*)*<(?:!doctype\\s+html|html|head|body|meta|title|\\?xml[^>]*>\\s*<(?:!doctype\\s+html|html))",
      Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern BLOCK_TAG = Pattern.compile("</(?:p|div|span|a|li|td|h[1-6])>|<br\\s*/?>", Pattern.CASE_INSENSITIVE);
  /** A fragment with this many closing block tags in its first 64 KB is markup, not prose. */
  private static final int FRAGMENT_TAGS = 5;

  PageFormat formatOf(String content) {
    String head = content.length() > 65536 ? content.substring(0, 65536) : content;
    if (HTML_START.matcher(head).lookingAt()) {
      return PageFormat.HTML;
    }
    var tags = BLOCK_TAG.matcher(head);
    int count = 0;
    while (count < FRAGMENT_TAGS && tags.find()) {
      count++;
    }
    return count >= FRAGMENT_TAGS ? PageFormat.HTML : PageFormat.TEXT;
  }
}
