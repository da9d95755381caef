package verbatim.core.extract;

/** Whitespace as news pages print it: no-break spaces, zero-width characters, tabs, runs. */
public final class Whitespace {
  private Whitespace() {}

  /** One plain space for every run of whitespace (no-break and zero-width included), trimmed. */
  public static String normalize(String s) {
    StringBuilder out = new StringBuilder(s.length());
    boolean pendingSpace = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (isInvisible(c)) {
        continue;
      }
      if (isSpace(c)) {
        pendingSpace = out.length() > 0;
        continue;
      }
      if (pendingSpace) {
        out.append(' ');
        pendingSpace = false;
      }
      out.append(c);
    }
    return out.toString();
  }

  public static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }

  /** Zero-width and format characters that carry no text: ZWSP, ZWNJ, ZWJ, word joiner, BOM. */
  public static boolean isInvisible(char c) {
    return c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD';
  }
}
