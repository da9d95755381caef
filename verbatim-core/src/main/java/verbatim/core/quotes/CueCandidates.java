package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * The verbs and common nouns the rules did not take as a cue, each described by its words and,
 * where the sentence was parsed, by its dependents, for a learned model to say which of them
 * report speech, thought or a position ("seemed", "believes", "hinted", "claims", "plan"). The
 * same code describes a word when the model is trained and when it is used.
 */
public final class CueCandidates {
  /** What a cue may govern as its content, most likely first. */
  private static final String[] GOVERNED = {"ccomp", "xcomp", "obj", "acl"};
  /**
   * Verbs whose object is whom they address, not what was said: "told [POLITICO]", "asked [Clinton]
   * about her emails". On dev the model's reports on "told" and "asked" took the object for the
   * content in 9 of 12, and matched the gold in none.
   */
  private static final Set<String> ADDRESSING = Set.of("tell", "tells", "told", "telling", "ask",
      "asks", "asked", "asking");

  /** One word that may be a cue: its sentence, its index there, and what is around it. */
  public record Candidate(Sentence sentence, int index, Span span, String[] features) {}

  private CueCandidates() {}

  /** The rule named on a report whose cue the model found. */
  public static final String RULE = "learned cue";

  /** Every verb and common noun outside the cues the rules found, in text order. */
  public static List<Candidate> find(String text, List<Sentence> sentences, List<Quote> found) {
    List<Span> cues = new ArrayList<>();
    // how many reports cover each character, as a running sum: one pass, however many reports
    int[] covering = new int[text.length() + 1];
    for (Quote q : found) {
      if (q.cue() != null) {
        cues.add(q.cue().span());
      }
      if (q.kind() != QuoteKind.TERM) {
        for (Span part : q.parts()) {
          covering[part.begin()]++;
          covering[part.end()]--;
        }
      }
    }
    for (int c = 1; c < covering.length; c++) {
      covering[c] += covering[c - 1];
    }
    cues.sort(Comparator.comparingInt(Span::begin));
    List<Candidate> out = new ArrayList<>();
    for (Sentence s : sentences) {
      List<Token> tokens = s.tokens();
      Parse parse = null;
      boolean marks = false;
      for (Token t : tokens) {
        marks |= isQuoteMark(t.text());
      }
      int opened = 0;
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (isQuoteMark(t.text())) {
          opened++;
        }
        if (!mayBeCue(t.tag()) || overlapsAny(t.span(), cues)) {
          continue;
        }
        if (parse == null) {
          parse = new Parse(s);
        }
        out.add(new Candidate(s, i, t.span(), features(parse, i, marks, opened % 2 == 1, covering[t.begin()] > 0)));
      }
    }
    return out;
  }

  /** Verbs and common nouns ("claims", "plan"); names are sources, not cues. */
  private static boolean mayBeCue(String tag) {
    return tag != null && (tag.startsWith("VB") || tag.startsWith("NN") && !tag.startsWith("NNP"));
  }

  private static String[] features(Parse p, int i, boolean marks, boolean insideMarks, boolean inReport) {
    List<String> f = new ArrayList<>();
    String w = word(p, i);
    String pw = word(p, i - 1);
    String nw = word(p, i + 1);
    String t = tag(p, i);
    f.add("w=" + w);
    f.add("t=" + t);
    f.add("w|t=" + w + "|" + t);
    f.add("pw=" + pw);
    f.add("ppw=" + word(p, i - 2));
    f.add("nw=" + nw);
    f.add("nnw=" + word(p, i + 2));
    f.add("pt=" + tag(p, i - 1));
    f.add("nt=" + tag(p, i + 1));
    f.add("pw|w=" + pw + "|" + w);
    f.add("w|nw=" + w + "|" + nw);
    f.add("w|nt=" + w + "|" + tag(p, i + 1));
    f.add("pt|t|nt=" + tag(p, i - 1) + "|" + t + "|" + tag(p, i + 1));
    f.add("marks=" + marks);
    f.add("inside=" + insideMarks);
    f.add("w|inside=" + w + "|" + insideMarks);
    f.add("from-start=" + Math.min(i, 6));
    f.add("to-end=" + Math.min(p.size() - 1 - i, 6));
    f.add("parsed=" + p.parsed());
    if (p.parsed()) {
      f.add("rel=" + p.relation(i));
      f.add("w|rel=" + w + "|" + p.relation(i));
      int head = p.head(i);
      f.add("head=" + (head < 0 ? "root" : tag(p, head)));
      for (int c : p.children(i)) {
        String r = p.relation(c);
        f.add("child=" + r);
        f.add("w|child=" + w + "|" + r);
        if (r.equals("mark") || r.equals("case") || r.equals("compound:prt")) {
          f.add("child-word=" + r + "|" + word(p, c));
        }
        if (r.startsWith("nsubj")) {
          f.add("subject=" + tag(p, c));
        }
      }
    }
    f.add("in-report=" + inReport);
    return f.toArray(String[]::new);
  }

  private static String word(Parse p, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= p.size()) {
      return "</s>";
    }
    String w = p.token(i).text();
    return isQuoteMark(w) ? "<q>" : w.toLowerCase(Locale.ROOT);
  }

  private static String tag(Parse p, int i) {
    if (i < 0) {
      return "<s>";
    }
    if (i >= p.size()) {
      return "</s>";
    }
    String t = p.token(i).tag();
    return t == null ? "?" : t;
  }

  /** Whether {@code span} overlaps one of {@code sorted}, spans sorted by begin that do not nest far. */
  private static boolean overlapsAny(Span span, List<Span> sorted) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).begin() < span.end()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    // cues are a few words long: the ones that can reach this span begin just before it
    for (int k = lo - 1; k >= 0 && k >= lo - 8; k--) {
      if (span.begin() < sorted.get(k).end()) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a found cue's content is first looked for, before the edge model moves it: the rest of
   * the sentence after the cue ("Officials believe [the talks will resume]"), or the sentence
   * before it up to the last comma or closing mark when the cue ends the sentence or what follows
   * it has no verb ("[The talks will resume], officials believe." "“[…],” she said in an
   * interview."), unless the cue is a participle ("…, emphasizing [the need for talks]").
   */
  public static Span seedContent(Candidate c) {
    List<Token> tokens = c.sentence().tokens();
    int last = tokens.size() - 1;
    while (last > c.index() && isPunctuation(tokens.get(last).text())) {
      last--;
    }
    int before = breakBefore(tokens, c.index());
    boolean clauseAfter = false;
    for (int k = c.index() + 1; k <= last; k++) {
      String tag = tokens.get(k).tag();
      clauseAfter |= tag != null && tag.startsWith("VB") || tokens.get(k).text().equalsIgnoreCase("that");
    }
    // a participle takes what follows even when it is no clause ("…,” emphasizing the need for talks)
    boolean participle = "VBG".equals(tokens.get(c.index()).tag());
    boolean after = last - c.index() >= 2 && (clauseAfter || participle || before < 0);
    if (after) {
      return new Span(tokens.get(c.index() + 1).begin(), tokens.get(last).end());
    }
    return contentBefore(tokens, c.index(), before);
  }

  /**
   * The words before the cue, up to the comma or closing quotation mark {@code before} it (-1: none):
   * "…, sources told POLITICO".
   */
  private static Span contentBefore(List<Token> tokens, int cue, int before) {
    int end = before < 0 ? cue - 1 : tokens.get(before).text().equals(",") ? before - 1 : before;
    return end < 0 ? null : new Span(tokens.get(0).begin(), tokens.get(end).end());
  }

  /** The last comma or closing quotation mark before token {@code i}, or -1. */
  private static int breakBefore(List<Token> tokens, int i) {
    for (int k = i - 1; k > 0; k--) {
      String w = tokens.get(k).text();
      if (w.equals(",") || w.equals("''") || w.equals("\u201d") || w.equals("\"")) {
        return k;
      }
    }
    return -1;
  }

  /** The cue's oblique dependent introduced by "about", or -1. */
  private static int about(Parse parse, int cue) {
    for (int c : parse.children(cue)) {
      if (c > cue && parse.relation(c).equals("obl") && parse.token(parse.subtree(c)[0]).text().equalsIgnoreCase("about")) {
        return c;
      }
    }
    return -1;
  }

  /**
   * Where a found cue's content is first looked for once its sentence is parsed: the phrase the
   * cue governs, its clausal complement before its open complement before its object ("hinted [that
   * the bridge would open]", "urged them [to reconsider]", "denounced [the annexation]"), or the
   * clause a noun cue carries ("the claim [that …]"). The words decide ({@link #seedContent(Candidate)})
   * when the cue governs none of these or the sentence is not parsed.
   *
   * @param parsed the candidate's sentence, parsed where it could be
   */
  public static Span seedContent(Candidate c, Sentence parsed) {
    Span words = seedContent(c);
    Parse parse = new Parse(parsed);
    if (words == null || !parse.parsed() || parse.size() != c.sentence().tokens().size()) {
      return words;
    }
    boolean addressing = ADDRESSING.contains(c.sentence().tokens().get(c.index()).text().toLowerCase(Locale.ROOT));
    int governed = -1;
    for (int r = 0; r < GOVERNED.length && governed < 0; r++) {
      if (!(addressing && GOVERNED[r].equals("obj"))) {
        governed = parse.child(c.index(), GOVERNED[r]);
      }
    }
    boolean topic = false;
    if (governed < 0 && addressing) {
      // "asked Clinton [about her email scandal]": the topic; else the clause the cue follows
      governed = about(parse, c.index());
      topic = governed >= 0;
      if (!topic) {
        List<Token> tokens = c.sentence().tokens();
        Span before = contentBefore(tokens, c.index(), breakBefore(tokens, c.index()));
        return before != null ? before : words;
      }
    }
    if (governed < 0) {
      return words;
    }
    int[] range = parse.subtree(governed);
    int first = range[0];
    if (topic && first < range[1]) {
      first++;
    }
    int last = range[1];
    while (last > first && isPunctuation(parse.token(last).text())) {
      last--;
    }
    while (first < last && isPunctuation(parse.token(first).text())) {
      first++;
    }
    return first <= c.index() && c.index() <= last ? words : parse.span(first, last);
  }

  private static boolean isPunctuation(String w) {
    return w.equals(".") || w.equals("?") || w.equals("!") || w.equals(",") || w.equals(";") || w.equals(":")
        || isQuoteMark(w);
  }

  /** A double quotation mark as a token: as written, or as the tokenizer normalised it. */
  static boolean isQuoteMark(String w) {
    return w.equals("``") || w.equals("''") || w.equals("\"") || w.equals("\u201c") || w.equals("\u201d");
  }

  /** A double or single quotation mark as a token. */
  static boolean isAnyQuoteMark(String w) {
    return isQuoteMark(w) || w.equals("`") || w.equals("'") || w.equals("\u2018") || w.equals("\u2019");
  }
}
