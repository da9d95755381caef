package verbatim.core.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.extract.Whitespace;
import verbatim.core.model.Span;

/**
 * Words and punctuation of a text in any script, each with its span: a word is a run of letters,
 * digits and marks, joined across an apostrophe or hyphen between letters ("don't", "Jong-un"), a
 * decimal point or thousands comma between digits ("3.5", "1,000"), and the periods of a dotted
 * abbreviation ("U.S.", "p.m."). Every other visible character is a token of its own. Never throws.
 */
public final class WordTokenizer {
  private static final Pattern DOTTED = Pattern.compile("(?:\\p{L}\\.){2,}");

  private WordTokenizer() {}

  /** The tokens of {@code text} inside {@code within}, in order. */
  public static List<Token> tokens(String text, Span within) {
    List<Token> tokens = new ArrayList<>();
    Matcher dotted = DOTTED.matcher(text);
    int i = within.begin();
    int end = Math.min(within.end(), text.length());
    while (i < end) {
      int cp = text.codePointAt(i);
      if (cp < Character.MIN_SUPPLEMENTARY_CODE_POINT
          && (Whitespace.isSpace((char) cp) || Whitespace.isInvisible((char) cp))) {
        i += Character.charCount(cp);
        continue;
      }
      int stop;
      if (isWordChar(cp)) {
        dotted.region(i, end);
        stop = dotted.lookingAt() && !isWordCharAt(text, dotted.end(), end) ? dotted.end() : wordEnd(text, i, end);
      } else {
        stop = i + Character.charCount(cp);
      }
      tokens.add(new Token(new Span(i, stop), text.substring(i, stop)));
      i = stop;
    }
    return tokens;
  }

  /** Whether a token is a word (it has a letter or a digit), not punctuation or a symbol. */
  public static boolean isWord(String token) {
    return token.codePoints().anyMatch(Character::isLetterOrDigit);
  }

  private static int wordEnd(String text, int from, int end) {
    int i = from;
    while (i < end) {
      int cp = text.codePointAt(i);
      if (isWordChar(cp)) {
        i += Character.charCount(cp);
      } else if (joins(text, i, end)) {
        i++;
      } else {
        break;
      }
    }
    return i;
  }

  /** A connector inside a word: it has a word character on both sides, of the right kind. */
  private static boolean joins(String text, int i, int end) {
    if (i == 0 || i + 1 >= end) {
      return false;
    }
    char c = text.charAt(i);
    int before = text.codePointBefore(i);
    int after = text.codePointAt(i + 1);
    if (c == '\'' || c == '’' || c == '-' || c == '‐' || c == '‑') {
      return Character.isLetterOrDigit(before) && Character.isLetterOrDigit(after);
    }
    if (c == '.' || c == ',') {
      return Character.isDigit(before) && Character.isDigit(after);
    }
    return false;
  }

  private static boolean isWordCharAt(String text, int i, int end) {
    return i < end && isWordChar(text.codePointAt(i));
  }

  private static boolean isWordChar(int cp) {
    if (Character.isLetterOrDigit(cp)) {
      return true;
    }
    int type = Character.getType(cp);
    return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK
        || type == Character.ENCLOSING_MARK;
  }
}
