package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * The attribution right beside a quote, read from the words alone (no parse needed): "“…,” said
 * X", "“…,” X said", "X said: “…”". Used for quotes the parse did not attribute.
 */
final class AdjacentCues {
  private static final int MAX_SOURCE_WORDS = 8;
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
    if (isSpeechCue(tokens.get(i))) {
      int end = sourceEnd(tokens, i + 1);
      if (end > i + 1) {
        return attribution(tokens, i, i, i + 1, withApposition(tokens, end) - 1, end - 1, "quote, then cue and speaker", quote);
      }
    }
    for (int v = i + 1; v < Math.min(tokens.size(), i + MAX_SOURCE_WORDS); v++) {
      if (STOPS.contains(tokens.get(v).text())) {
        break;
      }
      if (isSpeechCue(tokens.get(v))) {
        return attribution(tokens, v, v, i, v - 1, v - 1, "quote, then speaker and cue", quote);
      }
    }
    return null;
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

  private boolean isSpeechCue(Token t) {
    boolean verbTag = t.tag() == null || t.tag().startsWith("VB");
    return verbTag && cues.isSpeech(t.text()) && !t.text().toLowerCase(Locale.ROOT).equals("read");
  }

  /** Words of a source after a cue: up to the next comma, stop or quote mark. */
  private static int sourceEnd(List<Token> tokens, int from) {
    int end = from;
    while (end < tokens.size() && end - from < MAX_SOURCE_WORDS && !STOPS.contains(tokens.get(end).text())) {
      end++;
    }
    return end;
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
