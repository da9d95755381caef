package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Span;
import verbatim.core.nlp.Token;

/**
 * Where reported content starts and ends, read from the words at its edges. Rules find a clause by
 * its head; news sentences then go on with what the reporter adds, which is not the source's:
 * "…, who is 70", "…, though she acknowledged …", "… and warned against …", "…, according to the
 * family's lawyers", "…; she backs …", "…, a claim that …". ("…, but …" and a dash are not cut: PolNeAR's
 * annotators keep them as often as not.) And they open with the reporter's connectives: "But …", "In addition, …",
 * "Friday that …". Measured on PolNeAR train and dev; words inside quotation marks or brackets
 * are never cut.
 */
final class ContentEdges {
  private static final Set<String> OPENING_CONNECTIVES = Set.of("and", "but", "yet", "still", "meanwhile", "so", "however",
      "also", "instead", "moreover");
  /** After a comma, these start what the reporter adds. */
  private static final Set<String> ADDED_AFTER_COMMA = Set.of("who", "which", "though", "although", "while",
      "whereas", "according");
  /** After a comma, a participle usually adds the reporter's gloss ("…, forcing them to …"); these list instead. */
  private static final Set<String> LISTING_PARTICIPLES = Set.of("including", "excluding", "starting", "beginning",
      "ranging", "depending", "following");
  private static final Set<String> RELATIVE_WORDS = Set.of("that", "which", "who", "whose");
  private static final Set<String> DASHES = Set.of("--", "—", "–", "―");
  private static final Set<String> WEEKDAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight", "out");
  private static final String OPENING_MARKS = "“‘«\"'`(";
  private static final String CLOSING_MARKS = "”’»\"')";

  private final CueLexicon cues = CueLexicon.shared();

  /** The content of one attribution with the reporter's words at its edges left out; as it was when nothing is. */
  Span trim(Span content, List<Token> tokens) {
    return trim(content, tokens, true);
  }

  /**
   * Only the opening connective and the edge punctuation: for "…, according to X", where the whole
   * clause before the source is attributed, the reporter's additions at its end included.
   */
  Span trimOpening(Span content, List<Token> tokens) {
    return trim(content, tokens, false);
  }

  private Span trim(Span content, List<Token> tokens, boolean cutAdditions) {
    int first = firstTokenAtOrAfter(tokens, content.begin());
    int last = lastTokenAtOrBefore(tokens, content.end());
    if (first < 0 || last < first) {
      return content;
    }
    first = withoutOpening(tokens, first, last);
    if (cutAdditions) {
      last = withoutAdded(tokens, first, last);
    }
    while (last > first && isEdgePunctuation(tokens.get(last).text())) {
      last--;
    }
    if (last < first) {
      return content;
    }
    int begin = Math.max(content.begin(), tokens.get(first).begin());
    int end = Math.min(content.end(), tokens.get(last).end());
    return begin < end ? new Span(begin, end) : content;
  }

  private static int withoutOpening(List<Token> tokens, int first, int last) {
    int at = first;
    while (at < last) {
      String w = lower(tokens.get(at));
      if (OPENING_CONNECTIVES.contains(w) && isConnectiveTag(tokens.get(at))) {
        at++;
        if (at < last && tokens.get(at).text().equals(",")) {
          at++;
        }
      } else if (w.equals("in") && at + 2 < last && lower(tokens.get(at + 1)).equals("addition")
          && tokens.get(at + 2).text().equals(",")) {
        at += 3;
      } else if (WEEKDAYS.contains(w) && at + 1 < last && lower(tokens.get(at + 1)).equals("that")) {
        at++; // "said Friday that …": the day is the saying's, the clause starts at "that"
      } else {
        break;
      }
    }
    return at;
  }

  private static boolean isConnectiveTag(Token t) {
    return t.tag() == null || t.tag().equals("CC") || t.tag().equals("RB");
  }

  private int withoutAdded(List<Token> tokens, int first, int last) {
    int depth = 0;
    for (int i = first + 1; i <= last; i++) {
      String w = tokens.get(i).text();
      if (w.equals("(") && noneAfter(tokens, i + 1, last, Set.of(")"))) {
        return i - 1; // an aside the sentence never closes is the reporter's
      }
      if (isMark(w)) {
        depth = opens(w, depth) ? depth + 1 : Math.max(0, depth - 1);
        continue;
      }
      if (depth > 0 || i + 1 > last) {
        continue;
      }
      Token next = tokens.get(i + 1);
      String n = lower(next);
      if (w.equals(",") && (ADDED_AFTER_COMMA.contains(n) || isParticiple(next) && !LISTING_PARTICIPLES.contains(n))) {
        return i - 1;
      }
      if (w.equals(",") && describesWhatCameBefore(tokens, i + 1, last)) {
        return i - 1; // "…, a claim that his office disputes": the reporter's comment on the report
      }
      if (w.equals(";")) {
        return i - 1; // "… the 2010 law; she backs tougher rules": what follows is the reporter's next sentence
      }
      if ((w.equalsIgnoreCase("and") || w.equalsIgnoreCase("but")) && "VBD".equals(next.tag()) && cues.isCue(next.text())) {
        return i - 1; // "said he would order a review and warned against …": a second report of the same source
      }
    }
    return last;
  }

  /** "a claim that …", "a move which …": an indefinite noun phrase with a clause of its own. */
  private static boolean describesWhatCameBefore(List<Token> tokens, int from, int last) {
    String article = lower(tokens.get(from));
    if (!article.equals("a") && !article.equals("an")) {
      return false;
    }
    int i = from + 1;
    while (i <= last && i - from <= 3 && tokens.get(i).tag() != null && tokens.get(i).tag().startsWith("JJ")) {
      i++;
    }
    if (i + 1 > last || tokens.get(i).tag() == null || !tokens.get(i).tag().startsWith("NN")) {
      return false;
    }
    return RELATIVE_WORDS.contains(lower(tokens.get(i + 1)));
  }

  private static boolean isParticiple(Token t) {
    return "VBG".equals(t.tag());
  }

  private static boolean noneAfter(List<Token> tokens, int from, int last, Set<String> words) {
    for (int i = from; i <= last; i++) {
      if (words.contains(tokens.get(i).text())) {
        return false;
      }
    }
    return true;
  }

  /** Straight marks open when they follow a space or start, otherwise close; curly ones say which they are. */
  private static boolean opens(String mark, int depth) {
    char c = mark.charAt(0);
    if (c == '"' || c == '\'' || mark.equals("''")) {
      return depth == 0;
    }
    return OPENING_MARKS.indexOf(c) >= 0 || mark.equals("``");
  }

  private static boolean isMark(String w) {
    if (w.isEmpty() || w.length() > 2) {
      return false;
    }
    char c = w.charAt(0);
    return OPENING_MARKS.indexOf(c) >= 0 || CLOSING_MARKS.indexOf(c) >= 0 || w.equals("``") || w.equals("''");
  }

  private static boolean isEdgePunctuation(String w) {
    return w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || DASHES.contains(w);
  }

  private static String lower(Token t) {
    return t.text().toLowerCase(Locale.ROOT);
  }

  private static int firstTokenAtOrAfter(List<Token> tokens, int offset) {
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= offset) {
        return i;
      }
    }
    return -1;
  }

  private static int lastTokenAtOrBefore(List<Token> tokens, int offset) {
    for (int i = tokens.size() - 1; i >= 0; i--) {
      if (tokens.get(i).end() <= offset) {
        return i;
      }
    }
    return -1;
  }
}
