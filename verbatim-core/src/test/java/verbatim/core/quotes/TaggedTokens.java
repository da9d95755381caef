package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;
import verbatim.core.nlp.Token;

/** Tokens written as space-separated words with their tags, offsets into the words joined by single spaces. */
final class TaggedTokens {
  private TaggedTokens() {}

  static List<Token> of(String words, String tags) {
    List<Token> out = new ArrayList<>();
    String[] w = words.split(" ");
    String[] t = tags.split(" ");
    int at = 0;
    for (int i = 0; i < w.length; i++) {
      out.add(new Token(new Span(at, at + w[i].length()), w[i], t[i], Token.UNPARSED, null));
      at += w[i].length() + 1;
    }
    return out;
  }

  /**
   * The same, parsed: {@code heads} gives each word's head as an index (-1 for the root) and
   * {@code relations} its relation, both space-separated.
   */
  static List<Token> parsed(String words, String tags, String heads, String relations) {
    List<Token> tagged = of(words, tags);
    String[] h = heads.split(" ");
    String[] r = relations.split(" ");
    List<Token> out = new ArrayList<>();
    for (int i = 0; i < tagged.size(); i++) {
      Token t = tagged.get(i);
      int head = Integer.parseInt(h[i]);
      out.add(new Token(t.span(), t.text(), t.tag(), head < 0 ? Token.ROOT : head, r[i]));
    }
    return out;
  }
}
