package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * The attribution right beside a quote, read from the words alone (no parse needed): "“…,” said
 * X", "“…,” X said", "X said: “…”". Used for quotes the parse did not attribute.
 */
final class AdjacentCues {
  private static final int MAX_SOURCE_WORDS = 8;
  private static final int MAX_APPOSITION_WORDS = 24;
  private static final Pattern DASH_AND_NAME = Pattern.compile(
      "\\h{0,2}([―—–])\\h{0,2}(\\p{Lu}[\\p{L}'’.-]*(?:\\h\\p{Lu}[\\p{L}'’.-]*){1,4})\\.?\\h*(?:\\R|$)");
  private static final Set<String> SENTENCE_STOPS = Set.of(".", ";", ":", "!", "?", "--", "—");
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP");
  private static final Set<String> READS = Set.of("read", "reads");
  private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "!", "?", "“", "”", "\"", "‘", "’", "(", ")", "--", "—",
      "''", "``");

  private static final Set<String> QUOTE_TOKENS = Set.of("“", "”", "\"", "''", "``", "‘", "’", "«", "»");

  private final CueLexicon cues = CueLexicon.shared();

  /** After the quote: [,] CUE SOURCE | [,] SOURCE CUE. */
  Attribution after(Sentence sentence, Quoted quote) {
    List<Token> tokens = sentence.tokens();
    int i = firstAtOrAfter(tokens, quote.end());
    if (i < tokens.size() && tokens.get(i).text().equals(",")) {
      i++;
    }
    if (i >= tokens.size()) {
      return null;
    }
    if (isCueAfterQuote(tokens.get(i))) {
      int end = sourceEnd(tokens, i + 1);
      if (end > i + 1) {
        return attribution(tokens, i, i, i + 1, withApposition(tokens, end) - 1, end - 1, "quote, then cue and speaker", quote);
      }
    }
    int head = i;
    int reach = i + MAX_SOURCE_WORDS;
    for (int v = i + 1; v < Math.min(tokens.size(), reach); v++) {
      int close = tokens.get(v).text().equals("(") ? closingParenthesis(tokens, v) : -1;
      if (close > v) {
        reach += close - v + 1; // "Rep. John Mica (R-Fla.) said": the party and state are no stop
        v = close;
        continue;
      }
      if (STOPS.contains(tokens.get(v).text())) {
        break;
      }
      if (isCueAfterQuote(tokens.get(v))) {
        return attribution(tokens, v, v, i, v - 1, head, "quote, then speaker and cue", quote);
      }
      head = v;
    }
    return withAppositionBeforeCue(tokens, i, quote);
  }

  /**
   * "“…,” Vann R. Newkirk II, a writer for The Atlantic, said on Twitter.": a name, its apposition
   * set off by commas, then a verb of speech. The source takes the apposition and its closing comma,
   * as PolNeAR marks it; the head is the name's last word.
   */
  private Attribution withAppositionBeforeCue(List<Token> tokens, int nameFirst, Quoted quote) {
    int comma = sourceEnd(tokens, nameFirst);
    if (comma == nameFirst || comma >= tokens.size() || !tokens.get(comma).text().equals(",")
        || !opensName(tokens.get(nameFirst))) {
      return null;
    }
    for (int v = comma + 2; v + 1 < Math.min(tokens.size(), comma + MAX_APPOSITION_WORDS); v++) {
      String w = tokens.get(v).text();
      if (QUOTE_TOKENS.contains(w) || SENTENCE_STOPS.contains(w) || cues.isSpeech(w)) {
        return null;
      }
      Token next = tokens.get(v + 1);
      if (w.equals(",") && isSpeechCue(next) && next.tag() != null && FINITE.contains(next.tag())) {
        return attribution(tokens, v + 1, v + 1, nameFirst, v, comma - 1, "quote, then speaker, apposition and cue", quote);
      }
    }
    return null;
  }

  private static boolean opensName(Token t) {
    return t.tag() != null && (t.tag().startsWith("NNP") || t.tag().equals("DT") || t.tag().equals("PRP$"));
  }

  /**
   * "“…” ― Sonya Herridge": a dash after the quote and a name ending its line, as under a pull quote
   * or in a page of readers' comments. The dash is the cue (PolNeAR marks it so).
   */
  Attribution dashAfter(String text, Quoted quote) {
    Matcher m = DASH_AND_NAME.matcher(text).region(quote.end(), text.length());
    if (!m.lookingAt()) {
      return null;
    }
    Span cue = new Span(m.start(1), m.end(1));
    int end = m.end(2);
    int lastWord = m.start(2);
    for (int i = m.start(2); i < end; i++) {
      lastWord = Character.isWhitespace(text.charAt(i)) ? i + 1 : lastWord;
    }
    if (text.charAt(end - 1) == '.' && end - lastWord > 2) {
      end--; // "― Carla Sanchez.": the line's full stop, not an initial's
    }
    Span name = new Span(m.start(2), end);
    return new Attribution(cue, name, new Span(lastWord, name.end()), quote.outer(), "quote, then dash and name", 0.8);
  }

  /** Before the quote: SOURCE CUE [that|,|:] “…”. */
  Attribution before(Sentence sentence, Quoted quote) {
    List<Token> tokens = sentence.tokens();
    int q = firstAtOrAfter(tokens, quote.begin());
    int i = q - 1;
    if (i >= 0 && (tokens.get(i).text().equals(":") || tokens.get(i).text().equals(",")
        || tokens.get(i).text().equalsIgnoreCase("that"))) {
      i--;
    }
    if (i >= 1 && i < q - 1 && tokens.get(i + 1).text().equals(":") && !isSpeechCue(tokens.get(i))) {
      return inverted(tokens, i, quote);
    }
    if (i < 1 || !isSpeechCue(tokens.get(i))) {
      return null;
    }
    int start = i - 1;
    while (start > 0 && i - start < MAX_SOURCE_WORDS && !STOPS.contains(tokens.get(start - 1).text())) {
      start--;
    }
    if (STOPS.contains(tokens.get(start).text())) {
      return null;
    }
    return attribution(tokens, i, i, start, i - 1, i - 1, "speaker and cue, then quote", quote);
  }

  /** "Said Ellis: “…”": the verb opens the sentence, the speaker follows it, a colon the speaker. */
  private Attribution inverted(List<Token> tokens, int nameEnd, Quoted quote) {
    if (!isSpeechCue(tokens.get(0)) || nameEnd > MAX_SOURCE_WORDS) {
      return null;
    }
    for (int k = 1; k <= nameEnd; k++) {
      if (STOPS.contains(tokens.get(k).text()) || isSpeechCue(tokens.get(k))) {
        return null;
      }
    }
    return attribution(tokens, 0, 0, 1, nameEnd, nameEnd, "cue and speaker, then quote", quote);
  }

  /** After its quote, "read" reports too: "“…,” the statement read." Before one, "he read “…”" may be a title. */
  private boolean isCueAfterQuote(Token t) {
    boolean verbTag = t.tag() == null || t.tag().startsWith("VB");
    return isSpeechCue(t) || verbTag && READS.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private boolean isSpeechCue(Token t) {
    boolean verbTag = t.tag() == null || t.tag().startsWith("VB");
    return verbTag && cues.isSpeech(t.text()) && !t.text().toLowerCase(Locale.ROOT).equals("read");
  }

  /** Words of a source after a cue: up to the next comma, stop or quote mark. */
  private static int sourceEnd(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size() && end - from < MAX_SOURCE_WORDS) {
      int close = tokens.get(end).text().equals("(") ? closingParenthesis(tokens, end) : -1;
      if (close > end) {
        end = close + 1; // "Rep. Jim Clyburn (D-S.C.)": the party and state belong to the name
      } else if (STOPS.contains(tokens.get(end).text())) {
        break;
      } else {
        end++;
      }
    }
    return end;
  }

  /** The ")" closing the "(" at {@code open} within a few words, or -1. */
  private static int closingParenthesis(List<Token> tokens, int open) {
    for (int i = open + 1; i < Math.min(tokens.size(), open + 6); i++) {
      String w = tokens.get(i).text();
      if (w.equals(")")) {
        return i;
      }
      if (w.equals("(") || QUOTE_TOKENS.contains(w)) {
        return -1;
      }
    }
    return -1;
  }

  /**
   * "said Mark Dubowitz, executive director of the Foundation for Defense of Democracies, …": the
   * apposition after the name is part of the source, to the end of the sentence or to the comma
   * before the next quote or report.
   */
  private int withApposition(List<Token> tokens, int nameEnd) {
    if (nameEnd >= tokens.size() || !tokens.get(nameEnd).text().equals(",")) {
      return nameEnd;
    }
    int end = nameEnd + 1;
    int lastComma = -1;
    while (end < tokens.size()) {
      String w = tokens.get(end).text();
      if (QUOTE_TOKENS.contains(w) || cues.isCue(w)) {
        return lastComma > nameEnd ? lastComma + 1 : nameEnd;
      }
      if (w.equals(",")) {
        lastComma = end;
      }
      end++;
    }
    int last = tokens.size() - 1;
    while (last > nameEnd && ".!?;:".contains(tokens.get(last).text())) {
      last--;
    }
    return last > nameEnd ? last + 1 : nameEnd;
  }

  /** @param head the token of the source's head word: the name, not its apposition */
  private static Attribution attribution(List<Token> tokens, int cueFirst, int cueLast, int srcFirst, int srcLast,
      int head, String rule, Quoted quote) {
    Span cue = new Span(tokens.get(cueFirst).begin(), tokens.get(cueLast).end());
    Span source = new Span(tokens.get(srcFirst).begin(), tokens.get(srcLast).end());
    return new Attribution(cue, source, tokens.get(head).span(), quote.outer(), rule, 0.85);
  }

  private static int firstAtOrAfter(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= offset) {
        return i;
      }
    }
    return tokens.size();
  }
}
