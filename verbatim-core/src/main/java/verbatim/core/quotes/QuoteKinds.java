package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import verbatim.core.model.Span;

/** Whether quoted words are a statement or a term being named ("as a “nuclear power”", ‘small deal’). */
final class QuoteKinds {
  private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[.!?…]");
  private static final Pattern TERM_MARKERS = Pattern.compile(
      "(?i)(?:\\bas an?|\\bas|\\bcalled|\\bso-called|\\bterm(?:ed)?|\\bphrase|\\bexpression|\\bdubbed|\\bword|\\blabel(?:led|ed)?|\\bslogan|\\bbrand(?:ed)?|\\bnamed)\\s*$");
  /** A quoted statement is rarely this short without a stop inside. */
  private static final int TERM_MAX_WORDS = 6;

  /** Where a programme's or a publication's title stands: "CNN's “State of the Union”", "on “Face the Nation”". */
  private static final Pattern BEFORE_A_TITLE = Pattern.compile("(?:['’]s|\\b[Oo]n)\\s*$");
  private static final Pattern TITLE_WORDS = Pattern.compile(
      "\\p{Lu}[\\p{L}\\p{N}'’-]*(?:\\s+(?:\\p{Lu}[\\p{L}\\p{N}'’-]*|of|the|a|an|and|on|in|at|to|for|with|by))*[.,]?");
  private static final Pattern NICKNAME = Pattern.compile("\\p{Lu}[\\p{L}'’-]*");
  private static final Pattern AFTER_A_NAME_WORD = Pattern.compile("\\p{Lu}[\\p{L}.]*\\s$");
  private static final Pattern BEFORE_A_NAME_WORD = Pattern.compile("\\s\\p{Lu}");

  private QuoteKinds() {}

  /**
   * Whether the quoted words are a name rather than anything said or any term: a nickname inside a
   * name (Rep. Robert C. "Bobby" Scott) or the title of a programme after its channel or "on" (CNN's
   * "State of the Union", on "Face the Nation"). Such words are not quotes at all.
   */
  static boolean isName(String text, Quoted q) {
    if (q.outer().size() != 1) {
      return false;
    }
    String words = q.words(text);
    String before = text.substring(Math.max(0, q.begin() - 12), q.begin());
    String after = text.substring(q.end(), Math.min(text.length(), q.end() + 2));
    boolean betweenNames = AFTER_A_NAME_WORD.matcher(before).find() && BEFORE_A_NAME_WORD.matcher(after).matches();
    if (betweenNames && NICKNAME.matcher(words).matches()) {
      return true;
    }
    return BEFORE_A_TITLE.matcher(before).find() && TITLE_WORDS.matcher(words).matches();
  }

  static boolean looksLikeTerm(String text, Quoted q) {
    String words = q.words(text);
    String before = text.substring(Math.max(0, q.begin() - 30), q.begin());
    if (TERM_MARKERS.matcher(before).find()) {
      return true;
    }
    boolean stopInside = SENTENCE_PUNCTUATION.matcher(words).find();
    return !stopInside && words.split("\\s+").length <= TERM_MAX_WORDS;
  }

  /** Whether {@code content} is just the quote, give or take a leading "that" and edge punctuation. */
  static boolean quoteIsWholeContent(String text, Span content, Quoted q) {
    String head = text.substring(content.begin(), Math.max(content.begin(), q.begin())).strip().toLowerCase(Locale.ROOT);
    String tail = text.substring(Math.min(q.end(), content.end()), content.end()).strip();
    boolean headOk = head.isEmpty() || head.equals("that") || head.equals(":") || head.equals(",");
    boolean tailOk = tail.isEmpty() || tail.matches("[,.;:!?]*");
    return headOk && tailOk;
  }

  /** Whether the words of {@code content} outside the quotes only join them: "and", "or", commas, "such as". */
  static boolean onlyConnectives(String text, Span content, List<Quoted> quotes) {
    StringBuilder rest = new StringBuilder();
    int at = content.begin();
    for (Quoted q : quotes) {
      rest.append(text, at, Math.max(at, q.begin())).append(' ');
      at = Math.max(at, q.end());
    }
    rest.append(text, at, Math.max(at, content.end()));
    String leftover = rest.toString().toLowerCase(Locale.ROOT)
        .replaceAll("\\b(and|or|as well as|such as|including|like|that)\\b", " ").replaceAll("[,;:.\\s]", "");
    return leftover.isEmpty() || leftover.matches("(wording|words|phrases?|language|lines?|remarks?|messages?|passages?|expressions?|terms?|sentences?)");
  }
}
