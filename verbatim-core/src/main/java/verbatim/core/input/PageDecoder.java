package verbatim.core.input;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.mozilla.universalchardet.UniversalDetector;
import verbatim.core.extract.Page;
import verbatim.core.extract.PageFormat;
import verbatim.core.model.Problem;

/**
 * Bytes to characters, the way a browser would: a byte-order mark first, then the page's own
 * declaration (meta charset, http-equiv, XML declaration) when the bytes agree with it, then
 * detection. Every guess is said as a problem on the page. Binary and empty inputs are refused.
 */
public final class PageDecoder {
  /** How far into a page a charset declaration is looked for (browsers look at 1,024 bytes; pages are sloppier). */
  private static final int DECLARATION_WINDOW = 4096;

  private static final Pattern META_CHARSET = Pattern.compile(
      "<meta[^>]+charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9_:.+-]+)", Pattern.CASE_INSENSITIVE);
  private static final Pattern XML_ENCODING = Pattern.compile(
      "<\\?xml[^>]+encoding\\s*=\\s*[\"']([A-Za-z0-9_.:+-]+)", Pattern.CASE_INSENSITIVE);

  /**
   * Labels pages use for a charset whose superset every browser decodes instead (WHATWG Encoding
   * Standard): an "EUC-KR" page is really windows-949, "Shift_JIS" windows-31j, "ISO-8859-1"
   * windows-1252.
   */
  private static final Map<String, String> BROWSER_SUPERSETS = Map.of(
      "euc-kr", "x-windows-949",
      "ks_c_5601-1987", "x-windows-949",
      "shift_jis", "windows-31j",
      "sjis", "windows-31j",
      "x-sjis", "windows-31j",
      "iso-8859-1", "windows-1252",
      "latin1", "windows-1252",
      "us-ascii", "windows-1252",
      "gb2312", "GBK");

  private final PageSniffer sniffer = new PageSniffer();

  /** Decodes {@code raw}; {@code bodyOnly} marks the result as an already clean body. */
  public Page decode(RawInput raw, boolean bodyOnly) throws InputException {
    byte[] bytes = raw.bytes();
    if (bytes.length == 0) {
      throw new InputException("empty input: no bytes");
    }
    List<Problem> problems = new ArrayList<>();
    Bom bom = Bom.of(bytes);
    String content;
    if (bom != null) {
      content = new String(bytes, bom.length(), bytes.length - bom.length(), bom.charset());
    } else {
      BinarySniff.refuseBinary(bytes);
      content = decodeWithoutBom(bytes, problems);
    }
    if (content.isBlank()) {
      throw new InputException("empty input: only whitespace");
    }
    PageFormat format = bodyOnly ? PageFormat.BODY : sniffer.formatOf(content);
    return new Page(raw.name(), content, format, raw.url(), problems);
  }

  private String decodeWithoutBom(byte[] bytes, List<Problem> problems) {
    Optional<String> declared = declaredCharset(bytes);
    if (declared.isPresent()) {
      Charset charset = charsetFor(declared.get());
      if (charset == null) {
        problems.add(new Problem("charset-unknown",
            "the page declares charset \"" + declared.get() + "\", which is not known; detected instead"));
      } else {
        Optional<String> utf8 = singleByte(charset) ? multiByteUtf8(bytes) : Optional.empty();
        if (utf8.isPresent()) {
          problems.add(new Problem("charset-mismatch", "the page declares " + declared.get()
              + " but its bytes are UTF-8; read as UTF-8"));
          return utf8.get();
        }
        Optional<String> strict = strictDecode(bytes, charset);
        if (strict.isPresent()) {
          return strict.get();
        }
        problems.add(new Problem("charset-mismatch",
            "the page declares " + declared.get() + " but its bytes are not " + declared.get() + "; detected instead"));
      }
    }
    Optional<String> utf8 = strictDecode(bytes, StandardCharsets.UTF_8);
    if (utf8.isPresent()) {
      return utf8.get();
    }
    return detect(bytes, problems);
  }

  private static String detect(byte[] bytes, List<Problem> problems) {
    UniversalDetector detector = new UniversalDetector();
    detector.handleData(bytes, 0, bytes.length);
    detector.dataEnd();
    String detected = detector.getDetectedCharset();
    Charset charset = detected == null ? null : charsetFor(detected);
    if (charset == null) {
      problems.add(new Problem("charset-guessed",
          "no charset declared or detected; read as windows-1252, some characters may be wrong"));
      return new String(bytes, Charset.forName("windows-1252"));
    }
    problems.add(new Problem("charset-detected", "no usable charset declaration; detected " + charset.name()));
    return new String(bytes, charset);
  }

  /**
   * Valid UTF-8 with at least one multi-byte character: no real text in a single-byte charset
   * forms such sequences by chance, while pages that are UTF-8 but say Latin-1 are common.
   */
  private static Optional<String> multiByteUtf8(byte[] bytes) {
    boolean multiByte = false;
    for (byte b : bytes) {
      if (b < 0) {
        multiByte = true;
        break;
      }
    }
    return multiByte ? strictDecode(bytes, StandardCharsets.UTF_8) : Optional.empty();
  }

  private static boolean singleByte(Charset charset) {
    return charset.newEncoder().maxBytesPerChar() == 1.0f;
  }

  static Optional<String> declaredCharset(byte[] bytes) {
    String head = new String(bytes, 0, Math.min(bytes.length, DECLARATION_WINDOW), StandardCharsets.ISO_8859_1);
    for (Pattern p : new Pattern[] {META_CHARSET, XML_ENCODING}) {
      Matcher m = p.matcher(head);
      if (m.find()) {
        return Optional.of(m.group(1));
      }
    }
    return Optional.empty();
  }

  static Charset charsetFor(String label) {
    String key = label.trim().toLowerCase(Locale.ROOT);
    String name = BROWSER_SUPERSETS.getOrDefault(key, key);
    try {
      return Charset.forName(name);
    } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
      return null;
    }
  }

  private static Optional<String> strictDecode(byte[] bytes, Charset charset) {
    try {
      CharBuffer chars = charset.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes));
      return Optional.of(chars.toString());
    } catch (CharacterCodingException e) {
      return Optional.empty();
    }
  }

  /** A byte-order mark and the charset it announces. */
  private record Bom(Charset charset, int length) {
    static Bom of(byte[] b) {
      if (b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF) {
        return new Bom(StandardCharsets.UTF_8, 3);
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFE && (b[1] & 0xff) == 0xFF) {
        return new Bom(StandardCharsets.UTF_16BE, 2);
      }
      if (b.length >= 2 && (b[0] & 0xff) == 0xFF && (b[1] & 0xff) == 0xFE) {
        return new Bom(StandardCharsets.UTF_16LE, 2);
      }
      return null;
    }
  }
}
