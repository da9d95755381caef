package verbatim.core.extract;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;

/** Paragraphs of a plain text: runs of non-blank lines, each trimmed of surrounding whitespace. */
public final class Paragraphs {
  private Paragraphs() {}

  public static List<Span> of(String text) {
    List<Span> spans = new ArrayList<>();
    int start = -1;
    int end = -1;
    int lineStart = 0;
    while (lineStart <= text.length()) {
      int lineEnd = nextLineEnd(text, lineStart);
      int[] trimmed = trim(text, lineStart, lineEnd);
      if (trimmed == null) {
        if (start >= 0) {
          spans.add(new Span(start, end));
          start = -1;
        }
      } else {
        start = start < 0 ? trimmed[0] : start;
        end = trimmed[1];
      }
      lineStart = lineEnd + 1;
    }
    if (start >= 0) {
      spans.add(new Span(start, end));
    }
    return spans;
  }

  private static int nextLineEnd(String text, int from) {
    int n = text.indexOf('\n', from);
    return n < 0 ? text.length() : n;
  }

  /** The non-blank part of {@code [from, to)}, or {@code null} if the line is blank. */
  private static int[] trim(String text, int from, int to) {
    int b = from;
    int e = to;
    while (b < e && Whitespace.isSpace(text.charAt(b))) {
      b++;
    }
    while (e > b && Whitespace.isSpace(text.charAt(e - 1))) {
      e--;
    }
    return b == e ? null : new int[] {b, e};
  }
}
