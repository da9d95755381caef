package verbatim.core.quotes;

import java.util.List;
import verbatim.core.model.Span;

/**
 * A stretch of text between quotation marks.
 *
 * @param outer from the opening mark to the closing mark, both included; one span per paragraph
 *     when the quote runs over paragraphs
 * @param inner the same without the marks
 * @param single whether single marks (‘ ’) enclose it
 * @param depth 0 at the top level, 1 inside another quote, …
 * @param closed whether its closing mark was found (else it was closed where its paragraph or
 *     its enclosing quote ended)
 */
record Quoted(List<Span> outer, List<Span> inner, boolean single, int depth, boolean closed) {
  Quoted {
    outer = List.copyOf(outer);
    inner = List.copyOf(inner);
  }

  int begin() {
    return outer.get(0).begin();
  }

  int end() {
    return outer.get(outer.size() - 1).end();
  }

  /** The second character of a two-character mark ('' or ``) is not a word. */
  private static String trimMarks(String words) {
    int b = 0;
    int e = words.length();
    while (b < e && (words.charAt(b) == '\'' || words.charAt(b) == '`')) {
      b++;
    }
    while (e > b && (words.charAt(e - 1) == '\'' || words.charAt(e - 1) == '`')) {
      e--;
    }
    return words.substring(b, e).strip();
  }

  /** The quoted words, the parts joined by a space. */
  String words(String text) {
    StringBuilder s = new StringBuilder();
    for (Span span : inner) {
      if (s.length() > 0) {
        s.append(' ');
      }
      s.append(trimMarks(span.of(text).strip()));
    }
    return s.toString();
  }

  /**
   * Whether a token is a quotation mark as a tokenizer gives it: “ ” " ' ‘ ’ « » `` ''; not the
   * possessive ’s, which starts with one.
   */
  static boolean isMarkToken(String token) {
    return !token.isEmpty() && token.length() <= 2 && token.chars().allMatch(c -> "\"“”„«»'‘’`".indexOf(c) >= 0);
  }
}
