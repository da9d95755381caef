package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.IntStream;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * The places where a quote's content could begin or end instead of where the rules put it, each
 * described by the words around it, for a learned model to choose between ({@link LearnedAttributions}).
 * Begins are token starts from the sentence before the rules' begin; ends are token ends up to
 * the sentence after the rules' end. The same code describes a candidate when the model is trained
 * (its features as strings, the form OpenNLP learns from) and when it is used (their weights looked
 * up as the features are described, with no string built: {@link FeatureWeights}).
 * Where the cue's sentence was parsed, a candidate also says which phrase around the cue begins or
 * ends there. One instance serves one document on one thread.
 */
public final class EdgeCandidates {
  private static final int BEFORE = 60;
  private static final int AFTER = 40;
  /** How far a clause's verb is looked for beside a candidate. */
  private static final int NEAR = 6;

  private static final String[] SMALL_COUNTS = {"0", "1", "2", "3"};
  private static final String[] SMALL_DISTANCES = {"-3", "-2", "-1", "0", "1", "2", "3"};

  /** One possible edge: a character offset into the text and what is around it. */
  public record Candidate(int offset, String[] features) {}

  private final String text;
  private final List<Sentence> sentences = new ArrayList<>();
  // built once per sentence a cue is in: a document of a thousand quotes in one sentence stays linear
  private final Map<Integer, Parse> parses = new HashMap<>();
  private final List<Token> tokens = new ArrayList<>();
  private final List<Integer> sentenceOf = new ArrayList<>();
  private final List<Integer> sentenceFirst = new ArrayList<>();
  private final List<Integer> sentenceLast = new ArrayList<>();
  private final Counts counts;

  public EdgeCandidates(String text, List<Sentence> sentences) {
    this.text = text;
    for (Sentence s : sentences) {
      if (s.tokens().isEmpty()) {
        continue;
      }
      int index = sentenceFirst.size();
      this.sentences.add(s);
      sentenceFirst.add(tokens.size());
      for (Token t : s.tokens()) {
        tokens.add(t);
        sentenceOf.add(index);
      }
      sentenceLast.add(tokens.size() - 1);
    }
    counts = new Counts(text, tokens);
  }

  /** Whether the model has a say over this quote: reported content that the tokens cover. */
  public boolean applies(Quote quote) {
    return quote.kind() != QuoteKind.TERM && !tokens.isEmpty()
        && tokenStartingAtOrAfter(quote.parts().get(0).begin()) >= 0
        && tokenEndingAtOrBefore(quote.parts().get(quote.parts().size() - 1).end()) >= 0;
  }

  /** Where the content could begin: never after the first part's end. */
  public List<Candidate> begins(Quote quote) {
    Reach reach = beginReach(quote);
    List<Candidate> out = new ArrayList<>();
    for (int i = reach.from(); i <= reach.to(); i++) {
      FeatureSink.Strings f = new FeatureSink.Strings();
      describeBegin(f, quote, i, reach);
      out.add(new Candidate(tokens.get(i).begin(), f.toArray()));
    }
    return out;
  }

  /** Where the content could end: never before the last part's begin. */
  public List<Candidate> ends(Quote quote) {
    Reach reach = endReach(quote);
    List<Candidate> out = new ArrayList<>();
    for (int j = reach.from(); j <= reach.to(); j++) {
      FeatureSink.Strings f = new FeatureSink.Strings();
      describeEnd(f, quote, j, reach);
      out.add(new Candidate(tokens.get(j).end(), f.toArray()));
    }
    return out;
  }

  /** One possible edge with the model's probability that it is the right one. */
  record Scored(int offset, double probability) {}

  /** The candidates of {@link #begins(Quote)}, in the same order, each scored by {@code model}. */
  List<Scored> begins(Quote quote, FeatureWeights model) {
    Reach reach = beginReach(quote);
    FeatureWeights.Sum f = model.sum();
    List<Scored> out = new ArrayList<>(Math.max(0, reach.to() - reach.from() + 1));
    for (int i = reach.from(); i <= reach.to(); i++) {
      f.clear();
      describeBegin(f, quote, i, reach);
      out.add(new Scored(tokens.get(i).begin(), f.probability()));
    }
    return out;
  }

  /** The candidates of {@link #ends(Quote)}, in the same order, each scored by {@code model}. */
  List<Scored> ends(Quote quote, FeatureWeights model) {
    Reach reach = endReach(quote);
    FeatureWeights.Sum f = model.sum();
    List<Scored> out = new ArrayList<>(Math.max(0, reach.to() - reach.from() + 1));
    for (int j = reach.from(); j <= reach.to(); j++) {
      f.clear();
      describeEnd(f, quote, j, reach);
      out.add(new Scored(tokens.get(j).end(), f.probability()));
    }
    return out;
  }

  /**
   * The tokens one edge's candidates stand on ({@code from} to {@code to}, both included; none
   * when {@code to < from}), the token at the rules' edge, and what is the same for all of them:
   * the phrase edges of the parse and the cue's lowercased words.
   */
  private record Reach(int from, int to, int rules, Map<Integer, List<String>> phrases, String cueWord) {}

  private Reach beginReach(Quote quote) {
    Span first = quote.parts().get(0);
    int r = tokenStartingAtOrAfter(first.begin());
    int from = Math.max(sentenceFirst.get(Math.max(0, sentenceOf.get(r) - 1)), r - BEFORE);
    int to = from - 1;
    for (int i = from; i <= Math.min(r + AFTER, tokens.size() - 1) && tokens.get(i).begin() < first.end(); i++) {
      to = i;
    }
    return new Reach(from, to, r, phraseEdges(quote, true), cueWord(quote));
  }

  private Reach endReach(Quote quote) {
    Span last = quote.parts().get(quote.parts().size() - 1);
    int r = tokenEndingAtOrBefore(last.end());
    int to = Math.min(sentenceLast.get(Math.min(sentenceLast.size() - 1, sentenceOf.get(r) + 1)), r + BEFORE);
    int from = Math.max(r - AFTER, 0);
    while (from <= to && tokens.get(from).end() <= last.begin()) {
      from++;
    }
    return new Reach(from, to, r, phraseEdges(quote, false), cueWord(quote));
  }

  /**
   * Where the phrases around the cue begin (or end), by the parse: the cue's dependents, the word
   * it hangs on and that word's dependents, each named by its relation. Empty when the cue's
   * sentence was not parsed.
   */
  private Map<Integer, List<String>> phraseEdges(Quote quote, boolean begins) {
    Map<Integer, List<String>> out = new HashMap<>();
    if (quote.cue() == null) {
      return out;
    }
    Span cue = quote.cue().span();
    int t = tokenStartingAtOrAfter(cue.begin());
    if (t < 0 || tokens.get(t).begin() >= cue.end()) {
      return out;
    }
    Parse parse = parses.computeIfAbsent(sentenceOf.get(t), k -> new Parse(sentences.get(k)));
    if (!parse.parsed()) {
      return out;
    }
    int first = sentenceFirst.get(sentenceOf.get(t));
    for (int i = t - first; i < parse.size() && parse.token(i).begin() < cue.end(); i++) {
      for (int c : parse.children(i)) {
        note(out, parse, c, "cue-" + parse.relation(c), begins);
      }
      int head = parse.head(i);
      if (head >= 0 && (parse.token(head).end() <= cue.begin() || parse.token(head).begin() >= cue.end())) {
        note(out, parse, head, "head", begins);
        for (int c : parse.children(head)) {
          if (c != i) {
            note(out, parse, c, "head-" + parse.relation(c), begins);
          }
        }
      }
    }
    return out;
  }

  private static void note(Map<Integer, List<String>> out, Parse parse, int token, String name, boolean begins) {
    int[] range = parse.subtree(token);
    int offset = begins ? parse.token(range[0]).begin() : parse.token(range[1]).end();
    out.computeIfAbsent(offset, k -> new ArrayList<>()).add(name);
  }

  private void describeBegin(FeatureSink f, Quote quote, int i, Reach reach) {
    phrases(f, quote, reach.phrases().get(tokens.get(i).begin()));
    String d = bucket(i - reach.rules());
    String rule = quote.rule();
    String tag = tag(i);
    f.add("d=", d);
    f.add("k=", quote.kind().name(), "|d=", d);
    f.add("r=", rule, "|d=", d);
    String w = word(i);
    int first = sentenceFirst.get(sentenceOf.get(i));
    String pw = i == first ? "<s>" : word(i - 1);
    f.add("w=", w);
    f.add("t=", tag);
    f.add("pw=", pw);
    f.add("pt=", i == first ? "<s>" : tag(i - 1));
    f.add("nt=", i + 1 < tokens.size() ? tag(i + 1) : "</d>");
    f.add("pw|t=", pw, "|", tag);
    f.add("ppw|pw=", i - 2 >= first ? word(i - 2) : "<s>", "|", pw);
    f.add("pw|d=", pw, "|", d);
    f.add("w|d=", w, "|", d);
    String relation = relation(i);
    f.add("rel=", relation);
    f.add("rel|d=", relation, "|", d);
    String clause = clauseBeside(i, -1);
    f.add("pclause=", clause);
    f.add("pw|pclause=", pw, "|", clause);
    String side = cueSide(quote, i);
    f.add("cue=", side);
    f.add("cue|d=", side, "|", d);
    f.add("cue|pw=", side, "|", pw);
    f.add("cw|cue=", reach.cueWord(), "|", side);
    f.add("cw|d=", reach.cueWord(), "|", d);
    between(f, "b", Math.min(i, reach.rules()), Math.max(i, reach.rules()), i < reach.rules() ? "left" : "right", quote);
  }

  private void describeEnd(FeatureSink f, Quote quote, int j, Reach reach) {
    phrases(f, quote, reach.phrases().get(tokens.get(j).end()));
    String d = bucket(j - reach.rules());
    String rule = quote.rule();
    f.add("d=", d);
    f.add("k=", quote.kind().name(), "|d=", d);
    f.add("r=", rule, "|d=", d);
    String w = word(j);
    int last = sentenceLast.get(sentenceOf.get(j));
    String nw = j == last ? "</s>" : word(j + 1);
    String nt = j == last ? "</s>" : tag(j + 1);
    f.add("w=", w);
    f.add("t=", tag(j));
    f.add("nw=", nw);
    f.add("nt=", nt);
    f.add("w|nt=", w, "|", nt);
    f.add("w|nw=", w, "|", nw);
    f.add("nw|nnw=", nw, "|", j + 2 <= last ? word(j + 2) : "</s>");
    f.add("w|d=", w, "|", d);
    f.add("nw|d=", nw, "|", d);
    f.add("rel=", relation(j));
    String clause = clauseBeside(j, 1);
    f.add("nclause=", clause);
    f.add("nw|nclause=", nw, "|", clause);
    String side = cueSide(quote, j);
    f.add("cue=", side);
    f.add("cue|d=", side, "|", d);
    f.add("cue|w=", side, "|", w);
    f.add("cw|cue=", reach.cueWord(), "|", side);
    f.add("cw|d=", reach.cueWord(), "|", d);
    between(f, "e", Math.min(j, reach.rules()), Math.max(j, reach.rules()), j < reach.rules() ? "left" : "right", quote);
  }

  /**
   * Whether a verb stands a few words beside token {@code at}, going {@code step} (+1 after, -1
   * before), with no comma or stop between: what follows ", and aides released it" is a clause of
   * its own, what follows ", a 63-year-old" is not.
   */
  private String clauseBeside(int at, int step) {
    int sentence = sentenceOf.get(at);
    int limit = step > 0 ? Math.min(sentenceLast.get(sentence), at + NEAR) : Math.max(sentenceFirst.get(sentence), at - NEAR);
    for (int k = at + step; step > 0 ? k <= limit : k >= limit; k += step) {
      String w = tokens.get(k).text();
      if (k != at + step && (w.equals(",") || w.equals(".") || w.equals(";"))) {
        return "none";
      }
      if (tag(k).startsWith("VB")) {
        return "verb";
      }
    }
    return "none";
  }

  private static void phrases(FeatureSink f, Quote quote, List<String> phrases) {
    if (phrases == null) {
      f.add("phrase=none");
      return;
    }
    for (String p : phrases) {
      f.add("phrase=", p);
      f.add("phrase|r=", p, "|", quote.rule());
    }
  }

  /**
   * What lies between the rules' edge and the candidate: what the model would add or cut. Counted
   * from running totals over the document, so each candidate costs the same however far it lies
   * from the rules' edge.
   */
  private void between(FeatureSink f, String edge, int from, int to, String side, Quote quote) {
    if (from == to) {
      return;
    }
    String comma = String.valueOf(counts.any(Counts.COMMA, from, to));
    boolean cue = quote.cue() != null && tokens.get(from).begin() < quote.cue().span().end()
        && quote.cue().span().begin() < tokens.get(to).end();
    boolean sentence = sentenceOf.get(from).intValue() != sentenceOf.get(to).intValue();
    int verbs = counts.count(Counts.VERB, from, to);
    boolean line = counts.lineBetween(tokens.get(from).begin(), tokens.get(to).end());
    f.add(edge, side, "|comma=", comma);
    f.add(edge, side, "|mark=", String.valueOf(counts.any(Counts.MARK, from, to)));
    f.add(edge, side, "|stop=", String.valueOf(counts.any(Counts.STOP, from, to)));
    f.add(edge, side, "|cue=", String.valueOf(cue));
    f.add(edge, side, "|sentence=", String.valueOf(sentence));
    f.add(edge, side, "|line=", String.valueOf(line));
    f.add(edge, side, "|verbs=", SMALL_COUNTS[Math.min(verbs, 3)]);
    f.add(edge, side, "|and=", String.valueOf(counts.any(Counts.AND, from, to)));
    f.add(edge, side, "|relative=", String.valueOf(counts.any(Counts.RELATIVE, from, to)));
    f.begin();
    f.part(edge);
    f.part(side);
    f.part("|r=");
    f.part(quote.rule());
    f.part("|comma=");
    f.part(comma);
    f.part("|verbs=");
    f.part(SMALL_COUNTS[Math.min(verbs, 2)]);
    f.end();
  }

  /** Running totals of the kinds of token {@link #between} asks about, and where the line breaks are. */
  private static final class Counts {
    static final int COMMA = 0;
    static final int MARK = 1;
    static final int STOP = 2;
    static final int VERB = 3;
    static final int AND = 4;
    static final int RELATIVE = 5;
    private static final int KINDS = 6;

    /** {@code totals[k * (n + 1) + i]}: tokens of kind k among the first i. */
    private final int[] totals;
    private final int n;
    private final int[] lineBreaks;

    Counts(String text, List<Token> tokens) {
      n = tokens.size();
      totals = new int[KINDS * (n + 1)];
      for (int i = 0; i < n; i++) {
        Token t = tokens.get(i);
        String w = t.text();
        boolean[] is = {
            w.equals(","),
            CueCandidates.isAnyQuoteMark(w),
            w.equals(".") || w.equals("?") || w.equals("!"),
            t.tag() != null && t.tag().startsWith("VB"),
            w.equals("and") || w.equals("but"),
            w.equals("which") || w.equals("who") || w.equals("where") || w.equals("when")};
        for (int k = 0; k < KINDS; k++) {
          totals[k * (n + 1) + i + 1] = totals[k * (n + 1) + i] + (is[k] ? 1 : 0);
        }
      }
      lineBreaks = IntStream.range(0, text.length()).filter(i -> text.charAt(i) == '\n').toArray();
    }

    /** Tokens of {@code kind} from token {@code from} to token {@code to}, both included. */
    int count(int kind, int from, int to) {
      return totals[kind * (n + 1) + to + 1] - totals[kind * (n + 1) + from];
    }

    boolean any(int kind, int from, int to) {
      return count(kind, from, to) > 0;
    }

    /** Whether a line break lies in {@code [begin, end)}. */
    boolean lineBetween(int begin, int end) {
      int at = Arrays.binarySearch(lineBreaks, begin);
      int next = at >= 0 ? at : -at - 1;
      return next < lineBreaks.length && lineBreaks[next] < end;
    }
  }

  private String cueWord(Quote quote) {
    return quote.cue() == null ? "-" : quote.cue().text().toLowerCase(Locale.ROOT);
  }

  private String cueSide(Quote quote, int i) {
    if (quote.cue() == null) {
      return "none";
    }
    Span cue = quote.cue().span();
    Token t = tokens.get(i);
    if (t.end() <= cue.begin()) {
      return "before";
    }
    if (t.begin() >= cue.end()) {
      return i > 0 && tokens.get(i - 1).end() <= cue.end() && tokens.get(i - 1).end() > cue.begin() ? "next" : "after";
    }
    return "inside";
  }

  private String word(int i) {
    String w = tokens.get(i).text();
    if (CueCandidates.isAnyQuoteMark(w)) {
      return "<q>";
    }
    return w.toLowerCase(Locale.ROOT);
  }

  private String tag(int i) {
    String t = tokens.get(i).tag();
    return t == null ? "?" : t;
  }

  private String relation(int i) {
    String r = tokens.get(i).relation();
    return r == null ? "-" : r;
  }

  private static String bucket(int d) {
    int a = Math.abs(d);
    String s = d < 0 ? "-" : "+";
    if (a <= 3) {
      return SMALL_DISTANCES[d + 3];
    }
    return s + (a <= 6 ? "4-6" : a <= 10 ? "7-10" : a <= 20 ? "11-20" : "21+");
  }

  /**
   * The end of the nearest verb of speech before {@code offset}, within the candidates' reach, or
   * {@link Integer#MIN_VALUE}: content does not move back across another report's cue.
   */
  public int speechVerbBefore(int offset) {
    int t = tokenStartingAtOrAfter(offset);
    int from = t < 0 ? tokens.size() : t;
    for (int i = from - 1; i >= 0 && i >= from - BEFORE; i--) {
      if (isSpeechVerb(tokens.get(i))) {
        return tokens.get(i).end();
      }
    }
    return Integer.MIN_VALUE;
  }

  /** The begin of the nearest verb of speech after {@code offset}, within reach, or {@link Integer#MAX_VALUE}. */
  public int speechVerbAfter(int offset) {
    int t = tokenEndingAtOrBefore(offset);
    for (int j = t + 1; j < tokens.size() && j <= t + BEFORE; j++) {
      if (isSpeechVerb(tokens.get(j))) {
        return tokens.get(j).begin();
      }
    }
    return Integer.MAX_VALUE;
  }

  private static boolean isSpeechVerb(Token t) {
    return t.tag() != null && t.tag().startsWith("VB") && CueLexicon.shared().isSpeech(t.text());
  }

  private int tokenStartingAtOrAfter(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo < tokens.size() ? lo : -1;
  }

  private int tokenEndingAtOrBefore(int offset) {
    int lo = 0;
    int hi = tokens.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (tokens.get(mid).end() <= offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo - 1;
  }
}
