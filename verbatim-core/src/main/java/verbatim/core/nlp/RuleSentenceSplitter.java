package verbatim.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.extract.Paragraphs;
import verbatim.core.model.Span;

/**
 * Sentences by rule, for any language, with no model to load: a sentence ends at {@code . ! ? …}
 * (and the closing quotes or brackets right after it) when white space follows and the next word
 * does not start in lower case; a full-width {@code 。！？} ends one with or without space. A full
 * stop after a title, a month or an initial ("Mr.", "Jan.", "J.") does not end a sentence, and a
 * dotted abbreviation ("U.S.", "p.m.") is one word, so its periods never do: "the U.S. President"
 * is one sentence, at the price of "… sanctions on the U.S. The talks …" being one too. A
 * sentence never runs across a paragraph.
 */
public final class RuleSentenceSplitter implements SentenceSplitter {
  /** Titles and months: written with a full stop, and followed by a name or a day. */
  private static final Set<String> ABBREVIATIONS = Set.of(
      "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "pres", "lt", "col", "maj", "capt", "cmdr", "sgt",
      "adm", "amb", "st", "jr", "sr", "rev", "hon", "mt", "ft", "vs", "approx",
      "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");
  /** Abbreviations only before a number: "No. 1", but "The answer is no. We …" ends a sentence. */
  private static final Set<String> BEFORE_NUMBERS = Set.of("no", "nos", "vol", "art", "sec", "p", "pp");
  private static final String TERMINATORS = ".!?…";
  private static final String FULL_WIDTH_TERMINATORS = "。！？";
  private static final String CLOSERS = "\"'”’»)]}」』";

  @Override
  public List<Sentence> split(String text) {
    return split(text, Paragraphs.of(text));
  }

  /** The sentences of each paragraph, in order; paragraphs are spans into {@code text}. */
  public List<Sentence> split(String text, List<Span> paragraphs) {
    List<Sentence> sentences = new ArrayList<>();
    for (Span paragraph : paragraphs) {
      splitParagraph(WordTokenizer.tokens(text, paragraph), sentences);
    }
    return sentences;
  }

  private static void splitParagraph(List<Token> tokens, List<Sentence> out) {
    int start = 0;
    int i = 0;
    while (i < tokens.size()) {
      if (!isTerminator(tokens.get(i).text())) {
        i++;
        continue;
      }
      int last = i;
      while (last + 1 < tokens.size() && touches(tokens, last + 1)
          && (isTerminator(tokens.get(last + 1).text()) || CLOSERS.contains(tokens.get(last + 1).text()))) {
        last++;
      }
      if (last + 1 < tokens.size() && endsSentence(tokens, i, last)) {
        out.add(sentence(tokens, start, last + 1));
        start = last + 1;
      }
      i = last + 1;
    }
    if (start < tokens.size()) {
      out.add(sentence(tokens, start, tokens.size()));
    }
  }

  /** Whether the terminator at {@code at}, closed at {@code last}, ends the sentence before the next token. */
  private static boolean endsSentence(List<Token> tokens, int at, int last) {
    Token next = tokens.get(last + 1);
    if (FULL_WIDTH_TERMINATORS.contains(tokens.get(at).text())) {
      return true;
    }
    if (touches(tokens, last + 1) || startsLowerCase(tokens, last + 1)) {
      return false;
    }
    if (tokens.get(at).text().equals(".") && at > 0 && touches(tokens, at)) {
      String before = tokens.get(at - 1).text();
      boolean initial = before.length() == 1 && Character.isUpperCase(before.charAt(0));
      String word = before.toLowerCase(Locale.ROOT);
      if (initial || ABBREVIATIONS.contains(word)
          || BEFORE_NUMBERS.contains(word) && Character.isDigit(next.text().codePointAt(0))) {
        return false;
      }
    }
    return true;
  }

  /** The next word, past any opening quotes or brackets, starts with a lower-case letter. */
  private static boolean startsLowerCase(List<Token> tokens, int from) {
    for (int j = from; j < tokens.size(); j++) {
      String t = tokens.get(j).text();
      if (WordTokenizer.isWord(t)) {
        return Character.isLowerCase(t.codePointAt(0));
      }
    }
    return false;
  }

  private static boolean isTerminator(String token) {
    return token.length() == 1 && (TERMINATORS.contains(token) || FULL_WIDTH_TERMINATORS.contains(token));
  }

  /** Token {@code i} follows token {@code i - 1} with no space between. */
  private static boolean touches(List<Token> tokens, int i) {
    return tokens.get(i - 1).end() == tokens.get(i).begin();
  }

  private static Sentence sentence(List<Token> tokens, int from, int to) {
    List<Token> part = tokens.subList(from, to);
    return new Sentence(new Span(part.get(0).begin(), part.get(part.size() - 1).end()), part);
  }
}
