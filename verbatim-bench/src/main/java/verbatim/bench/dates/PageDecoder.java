package verbatim.bench.dates;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Raw page bytes to text: a byte-order mark, else the charset the page declares in its first
 * kilobytes, else juniversalchardet's guess, else UTF-8. The evaluation zips keep pages exactly as
 * served, in their original encodings.
 */
final class PageDecoder {
  private PageDecoder() {}

  private static final int HEAD = 4096;
  private static final Pattern DECLARED = Pattern.compile(
      "(?i)<meta[^>]+charset\\s*=\\s*[\"']?\\s*([\\w.:-]+)");

  static String decode(byte[] bytes) {
    return new String(bytes, charsetOf(bytes));
  }

  static Charset charsetOf(byte[] bytes) {
    if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) {
      return StandardCharsets.UTF_8;
    }
    String head = new String(bytes, 0, Math.min(HEAD, bytes.length), StandardCharsets.ISO_8859_1);
    Matcher m = DECLARED.matcher(head);
    if (m.find()) {
      Charset declared = named(m.group(1));
      if (declared != null) {
        return declared;
      }
    }
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    Charset guessed = named(detector.getDetectedCharset());
    return guessed != null ? guessed : StandardCharsets.UTF_8;
  }

  private static Charset named(String name) {
    if (name == null) {
      return null;
    }
    String n = name.toLowerCase(Locale.ROOT);
    // browsers read latin-1 labels as windows-1252 (WHATWG Encoding), and so do the pages' authors
    if (n.equals("iso-8859-1") || n.equals("latin1") || n.equals("us-ascii") || n.equals("ascii")) {
      n = "windows-1252";
    }
    try {
      return Charset.forName(n);
    } catch (IllegalArgumentException unknown) {
      return null;
    }
  }
}
