package verbatim.corenlp;

/**
 * Some newsrooms (The New York Times among them) open quotations with two apostrophes,
 * {@code ''}, as well as close them. CoreNLP's tokenizer reads every {@code ''} as a closing
 * mark, so an opening one is glued to the sentence before and tagged as a closing quote, and the
 * quotation's first sentence merges with the previous one. Writing an opening pair as
 * {@code ``}, the Penn Treebank's own opening mark of the same length, fixes both and leaves
 * every offset where it was.
 */
final class OpeningApostrophes {
  private OpeningApostrophes() {}

  /** {@code text} with each {@code ''} that opens a quotation written as {@code ``}. */
  static String asBackticks(String text) {
    int at = text.indexOf("''");
    if (at < 0) {
      return text;
    }
    char[] chars = text.toCharArray();
    while (at >= 0) {
      int after = at + 2;
      boolean tripled = after < chars.length && chars[after] == '\'';
      if (!tripled && opensAt(chars, at)) {
        chars[at] = '`';
        chars[at + 1] = '`';
      }
      at = text.indexOf("''", tripled ? after + 1 : after);
    }
    return new String(chars);
  }

  /** Nothing but a space, an opening bracket or a dash before it, and a word or mark after it. */
  private static boolean opensAt(char[] chars, int at) {
    boolean startsRun = at == 0 || Character.isWhitespace(chars[at - 1]) || "([{—–-".indexOf(chars[at - 1]) >= 0;
    int after = at + 2;
    boolean wordFollows = after < chars.length && !Character.isWhitespace(chars[after])
        && ".,;:!?)]}".indexOf(chars[after]) < 0;
    return startsRun && wordFollows;
  }
}
