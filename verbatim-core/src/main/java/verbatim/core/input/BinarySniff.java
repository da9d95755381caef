package verbatim.core.input;

import java.nio.charset.StandardCharsets;

/** Tells a binary file from text before anyone tries to read it as a page. */
final class BinarySniff {
  private static final int WINDOW = 8192;

  private BinarySniff() {}

  /** Throws, naming the kind of file when its signature is known, if {@code bytes} are not text. */
  static void refuseBinary(byte[] bytes) throws InputException {
    String kind = signature(bytes);
    if (kind != null) {
      throw new InputException("binary content: this is " + kind + ", not a page");
    }
    int n = Math.min(bytes.length, WINDOW);
    int control = 0;
    for (int i = 0; i < n; i++) {
      int b = bytes[i] & 0xff;
      if (b == 0) {
        throw new InputException("binary content: NUL byte at offset " + i);
      }
      if (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f' && b != 0x1b) {
        control++;
      }
    }
    if (control * 10 > n) {
      throw new InputException("binary content: " + control + " control bytes in the first " + n);
    }
  }

  private static String signature(byte[] b) {
    String head = new String(b, 0, Math.min(b.length, 8), StandardCharsets.ISO_8859_1);
    if (head.startsWith("%PDF")) {
      return "a PDF";
    }
    if (head.startsWith("\u0089PNG")) {
      return "a PNG image";
    }
    if (head.startsWith("GIF8")) {
      return "a GIF image";
    }
    if (head.startsWith("\u00ff\u00d8\u00ff")) {
      return "a JPEG image";
    }
    if (head.startsWith("PK\u0003\u0004")) {
      return "a ZIP archive";
    }
    return null;
  }
}
