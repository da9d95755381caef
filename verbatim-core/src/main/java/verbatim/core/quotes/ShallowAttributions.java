package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * The plainest report of speech read from tags alone, without a parse: "[But] SOURCE [also] said
 * [that] CLAUSE." with one speech verb, a source with no verb in it, and the clause running to the
 * stop. Most reported speech in news has this shape; the dependency parser is kept for the rest.
 */
final class ShallowAttributions {
  private static final Set<String> LEADING = Set.of("but", "and", "yet", "still", "meanwhile", "now", "so", "however");
  private static final Set<String> FINAL = Set.of(".", "!", "?", ";", ":");
  private static final int MAX_SOURCE_TOKENS = 25;

  private final CueLexicon cues = CueLexicon.shared();

  /** Whether the sentence has the plain shape (and so needs no parse). */
  boolean readable(List<String> words, List<String> tags) {
    return shape(words, tags) != null;
  }

  Attribution find(Sentence sentence) {
    List<Token> tokens = sentence.tokens();
    List<String> words = tokens.stream().map(Token::text).toList();
    List<String> tags = tokens.stream().map(Token::tag).toList();
    int[] p = parenthetical(words, tags);
    if (p != null) {
      return aside(tokens, p);
    }
    int[] s = shape(words, tags);
    if (s == null) {
      return null;
    }
    int sourceFirst = s[0];
    int cueFirst = s[1];
    int verb = s[2];
    int contentFirst = s[3];
    int contentLast = s[4];
    int head = s[5];
    Span source = new Span(tokens.get(sourceFirst).begin(), tokens.get(cueFirst - 1).end());
    Span cue = new Span(tokens.get(cueFirst).begin(), tokens.get(verb).end());
    Span content = new Span(tokens.get(contentFirst).begin(), tokens.get(contentLast).end());
    return new Attribution(cue, source, tokens.get(head).span(), List.of(content), "source + cue verb + clause (from tags)", 0.8);
  }

  /** {sourceFirst, cueFirst, verb, contentFirst, contentLast, head}, or {@code null}. */
  private int[] shape(List<String> words, List<String> tags) {
    int[] after = sourceThenClause(words, tags);
    if (after == null) {
      after = clauseThenSource(words, tags);
    }
    return after != null ? after : parenthetical(words, tags);
  }

  private static Attribution aside(List<Token> tokens, int[] p) {
    int firstComma = p[0];
    int secondComma = p[1];
    int contentFirst = p[2];
    int contentLast = p[3];
    Span source = new Span(tokens.get(firstComma + 1).begin(), tokens.get(p[4] - 1).end());
    Span cue = new Span(tokens.get(p[4]).begin(), tokens.get(secondComma - 1).end());
    List<Span> content = new java.util.ArrayList<>();
    content.add(new Span(tokens.get(contentFirst).begin(), tokens.get(firstComma - 1).end()));
    if (contentLast > secondComma) {
      content.add(new Span(tokens.get(secondComma + 1).begin(), tokens.get(contentLast).end()));
    }
    return new Attribution(cue, source, tokens.get(p[4] - 1).span(), content, "clause, source and cue set off by commas (from tags)", 0.75);
  }

  /**
   * "The golf industry, she said, is doing much better": the attribution set off by commas inside
   * the clause it reports. {firstComma, secondComma, contentFirst, contentLast, verb}; contentLast
   * is the second comma when what follows it is the reporter's ("…, he said, on condition of
   * anonymity", "…, Twitter announced, gaining 22,000 followers").
   */
  private int[] parenthetical(List<String> words, List<String> tags) {
    if (untagged(tags)) {
      return null;
    }
    int verb = -1;
    for (int i = 0; i < words.size(); i++) {
      if (tags.get(i).startsWith("VB") && cues.isCue(words.get(i))) {
        if (verb >= 0) {
          return null;
        }
        verb = i;
      }
    }
    if (verb < 3 || verb + 1 >= words.size() || !words.get(verb + 1).equals(",") || !cues.isSpeech(words.get(verb))
        || !tags.get(verb).matches("VBD|VBZ|VBP")) {
      return null;
    }
    int firstComma = verb - 1;
    while (firstComma > 0 && !words.get(firstComma).equals(",")) {
      String tag = tags.get(firstComma);
      if (tag.startsWith("VB") || tag.equals("IN") || tag.startsWith("W") || isMark(words.get(firstComma)) || verb - firstComma > 7) {
        return null;
      }
      firstComma--;
    }
    if (firstComma < 2 || firstComma == verb - 1) {
      return null;
    }
    String head = tags.get(verb - 1);
    if (!head.startsWith("NN") && !head.startsWith("PRP")) {
      return null;
    }
    int end = words.size() - 1;
    while (end > verb && FINAL.contains(words.get(end))) {
      end--;
    }
    int secondComma = verb + 1;
    if (end - secondComma < 2) {
      return null;
    }
    int contentFirst = 0;
    while (contentFirst < firstComma && (LEADING.contains(words.get(contentFirst).toLowerCase(Locale.ROOT))
        || words.get(contentFirst).equals(","))) {
      contentFirst++;
    }
    if (firstComma - contentFirst < 2) {
      return null;
    }
    String after = words.get(secondComma + 1).toLowerCase(Locale.ROOT);
    boolean reporters = tags.get(secondComma + 1).equals("VBG") || tags.get(secondComma + 1).equals("CC")
        || after.equals("on") && secondComma + 2 <= end && words.get(secondComma + 2).equalsIgnoreCase("condition");
    return new int[] {firstComma, secondComma, contentFirst, reporters ? secondComma : end, verb};
  }

  /** "The deal is done, Smith said [on Tuesday]." */
  private int[] clauseThenSource(List<String> words, List<String> tags) {
    if (untagged(tags)) {
      return null;
    }
    int end = words.size() - 1;
    while (end > 0 && FINAL.contains(words.get(end))) {
      end--;
    }
    int verb = -1;
    for (int i = 0; i < words.size(); i++) {
      if (isMark(words.get(i))) {
        return null;
      }
      if (tags.get(i).startsWith("VB") && cues.isCue(words.get(i))) {
        if (verb >= 0) {
          return null;
        }
        verb = i;
      }
    }
    if (verb < 3 || !cues.isSpeech(words.get(verb)) || !tags.get(verb).matches("VBD|VBZ|VBP") || !trailingTime(words, tags, verb, end)) {
      return null;
    }
    int comma = verb - 1;
    while (comma > 0 && !words.get(comma).equals(",")) {
      String tag = tags.get(comma);
      if (tag.startsWith("VB") || tag.equals("IN") || tag.equals("WDT") || tag.equals("WP") || verb - comma > 8) {
        return null;
      }
      comma--;
    }
    if (comma < 2 || comma == verb - 1 || !(tags.get(verb - 1).startsWith("NN") || tags.get(verb - 1).startsWith("PRP"))) {
      return null;
    }
    int contentFirst = 0;
    while (contentFirst < comma && LEADING.contains(words.get(contentFirst).toLowerCase(Locale.ROOT))) {
      contentFirst++;
    }
    return comma - contentFirst < 3 ? null : new int[] {comma + 1, verb, verb, contentFirst, comma - 1, verb - 1};
  }

  /** Nothing after the cue but a day or "in a statement": "…, he said Tuesday." */
  private static boolean trailingTime(List<String> words, List<String> tags, int verb, int end) {
    for (int i = verb + 1; i <= end; i++) {
      String w = words.get(i).toLowerCase(Locale.ROOT);
      boolean time = tags.get(i).equals("NNP") || tags.get(i).equals("CD") || Set.of("on", "in", "a", "an", "the",
          "statement", "interview", "email", "later", "earlier", "last", "this", "week", "month", "year").contains(w);
      if (!time) {
        return false;
      }
    }
    return true;
  }

  /** "[But] SOURCE [also] said [that] CLAUSE." */
  private int[] sourceThenClause(List<String> words, List<String> tags) {
    if (untagged(tags)) {
      return null;
    }
    int verb = -1;
    for (int i = 0; i < words.size(); i++) {
      boolean verbTag = tags.get(i).startsWith("VB");
      if (verbTag && cues.isCue(words.get(i))) {
        if (verb >= 0 || !cues.isSpeech(words.get(i)) || !tags.get(i).matches("VBD|VBZ|VBP")) {
          return null; // a second report, or a verb whose shape needs the parse
        }
        verb = i;
      } else if (isMark(words.get(i)) && verb < 0 || words.get(i).equalsIgnoreCase("according")) {
        return null; // a quote in the content is fine ("said the nation has become “…”"); in the source it is not
      }
    }
    if (verb < 1) {
      return null;
    }
    int cueFirst = verb;
    while (cueFirst > 0 && (tags.get(cueFirst - 1).equals("RB") || tags.get(cueFirst - 1).equals("MD")
        || tags.get(cueFirst - 1).startsWith("VB") && !cues.isCue(words.get(cueFirst - 1)))) {
      cueFirst--;
    }
    int sourceFirst = 0;
    while (sourceFirst < cueFirst && (LEADING.contains(words.get(sourceFirst).toLowerCase(Locale.ROOT))
        || words.get(sourceFirst).equals(","))) {
      sourceFirst++;
    }
    int fronted = frontedPhraseEnd(words, tags, sourceFirst, cueFirst);
    if (fronted > 0) {
      sourceFirst = fronted; // "In a note to staff, Zucker said …": the source starts after the comma
    }
    if (sourceFirst >= cueFirst || cueFirst - sourceFirst > MAX_SOURCE_TOKENS) {
      return null;
    }
    int head = -1;
    for (int i = sourceFirst; i < cueFirst; i++) {
      String tag = tags.get(i);
      if (tag.startsWith("VB") || tag.equals("WDT") || tag.equals("WP") || tag.equals("IN") && i == sourceFirst) {
        return null; // a clause or a fronted phrase before the verb: let the parser decide
      }
      if (words.get(i).equals(",") && head < 0) {
        head = i - 1;
      }
    }
    if (head < sourceFirst) {
      head = cueFirst - 1;
    }
    if (!tags.get(head).startsWith("NN") && !tags.get(head).startsWith("PRP")) {
      return null;
    }
    int contentFirst = afterTime(words, tags, verb + 1);
    int contentLast = words.size() - 1;
    while (contentLast >= contentFirst && FINAL.contains(words.get(contentLast))) {
      contentLast--;
    }
    if (ParsedAttributions.TAKES_ADDRESSEE.contains(words.get(verb).toLowerCase(Locale.ROOT))) {
      contentFirst = afterAddressee(words, tags, contentFirst, contentLast);
      if (contentFirst < 0) {
        return null; // "told the audience of …": the parse knows where the addressee ends
      }
    }
    if (contentLast - contentFirst < 2 || words.get(contentFirst).equals(",") || tags.get(contentFirst).equals("IN")
        && !words.get(contentFirst).equalsIgnoreCase("that")) {
      return null; // "said on Tuesday that …", "said, …": the parse knows where the clause starts
    }
    return new int[] {sourceFirst, cueFirst, verb, contentFirst, contentLast, head};
  }

  /**
   * A phrase that opens the sentence and ends with a comma, with a short plain source after it:
   * "In a statement, the ministry said …", "On Tuesday, Smith said …". The index after the comma,
   * or -1. The phrase holds no verb, and the source no comma.
   */
  private static int frontedPhraseEnd(List<String> words, List<String> tags, int first, int cueFirst) {
    if (!tags.get(first).equals("IN") && !tags.get(first).equals("RB") && !tags.get(first).equals("NNP")) {
      return -1;
    }
    int comma = -1;
    for (int i = first; i < cueFirst; i++) {
      if (tags.get(i).startsWith("VB") || tags.get(i).startsWith("W") || isMark(words.get(i))) {
        return -1;
      }
      if (words.get(i).equals(",")) {
        if (comma >= 0) {
          return -1; // two commas: an apposition, or a list; the parse knows better
        }
        comma = i;
      }
    }
    if (comma < first + 1 || cueFirst - comma - 1 < 1 || cueFirst - comma - 1 > 8) {
      return -1;
    }
    return comma + 1;
  }

  /** "said Tuesday that …", "said on Friday that …", "said last week …": the clause starts after the time. */
  /**
   * Where the reported clause starts after a verb that names whom it was said to ("told Fox News
   * that …", "assured voters he'd …", "asked Trump how …", "tells the crowd: …"): at its "that",
   * after its colon, or after a short addressee (a name, an object pronoun, a plain noun phrase).
   * -1 when the words alone don't say.
   */
  private static int afterAddressee(List<String> words, List<String> tags, int first, int last) {
    for (int i = first; i <= Math.min(last, first + 12); i++) {
      String w = words.get(i);
      if (w.equalsIgnoreCase("that") && i > first) {
        return i;
      }
      if (w.equals(":") && i > first) {
        return i + 1 <= last ? i + 1 : -1;
      }
      if (tags.get(i).startsWith("VB") || tags.get(i).equals("MD") || w.equals(",") || isMark(w)) {
        break;
      }
    }
    int at = first;
    if (OBJECT_PRONOUNS.contains(words.get(at).toLowerCase(Locale.ROOT))) {
      at++;
    } else if (tags.get(at).startsWith("NNP")) {
      while (at <= last && tags.get(at).startsWith("NNP")) {
        at++;
      }
    } else if (tags.get(at).equals("NNS")) {
      at++; // "reporters", "voters"
    } else {
      return -1;
    }
    if (at > last - 1) {
      return -1;
    }
    String next = tags.get(at);
    boolean clauseStarts = SUBJECT_PRONOUNS.contains(words.get(at).toLowerCase(Locale.ROOT)) || next.equals("DT")
        || next.startsWith("NNP") || next.startsWith("W");
    return clauseStarts ? at : -1;
  }

  private static final Set<String> OBJECT_PRONOUNS = Set.of("him", "her", "them", "us", "me");
  private static final Set<String> SUBJECT_PRONOUNS = Set.of("he", "she", "they", "we", "i", "it", "you");

  private static int afterTime(List<String> words, List<String> tags, int from) {
    int at = from;
    if (at + 1 < words.size() && words.get(at).equalsIgnoreCase("on") && DAYS.contains(words.get(at + 1).toLowerCase(Locale.ROOT))) {
      at += 2;
    } else if (at < words.size() && DAYS.contains(words.get(at).toLowerCase(Locale.ROOT))) {
      at += 1;
    } else if (at + 1 < words.size() && (words.get(at).equalsIgnoreCase("last") || words.get(at).equalsIgnoreCase("this"))
        && PERIODS.contains(words.get(at + 1).toLowerCase(Locale.ROOT))) {
      at += 2;
    }
    return at;
  }

  private static final Set<String> DAYS = Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
      "sunday", "today", "yesterday", "tonight");
  private static final Set<String> PERIODS = Set.of("week", "month", "year", "night", "weekend");

  /** Immutable lists refuse even to be asked whether they hold null: look one by one. */
  private static boolean untagged(List<String> tags) {
    if (tags == null) {
      return true;
    }
    for (String tag : tags) {
      if (tag == null) {
        return true;
      }
    }
    return false;
  }

  private static boolean isMark(String word) {
    return !word.isEmpty() && "\"“”„«»'‘’`".indexOf(word.charAt(0)) >= 0 && word.length() <= 2;
  }
}
