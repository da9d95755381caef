package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;

/**
 * Reports of speech and thought read from a sentence's dependency parse: a cue verb, its subject
 * as the source (or, for a participle such as "saying", the subject of the verb it hangs on), and
 * its clausal complement as the content ("X said that …", "“…,” said X"). Also "according to X, …".
 */
final class ParsedAttributions {
  private static final Set<String> CONTENT_RELATIONS = Set.of("ccomp");
  private static final Set<String> OBJECT_CONTENT_VERBS = Set.of("announce", "announced", "announces", "announcing",
      "deny", "denied", "denies", "denying", "confirm", "confirmed", "confirms", "confirming", "reveal", "revealed",
      "reveals", "revealing", "include", "included", "includes", "including", "describe", "described", "mention",
      "mentioned", "predict", "predicted", "propose", "proposed", "want", "wants", "wanted", "show", "shows", "showed",
      "shown", "showing");
  /** Verbs that name or describe something: "called it a disaster", "labelled him a liar". */
  static final Set<String> NAMING_VERBS = Set.of("call", "calls", "called", "calling", "label", "labels",
      "labeled", "labelled", "dub", "dubs", "dubbed", "brand", "brands", "branded", "deem", "deems", "deemed",
      "describe", "describes", "described", "describing");

  /** Speech verbs whose object is the person spoken to ("told reporters"), never the speech. */
  static final Set<String> TAKES_ADDRESSEE = WordLists.words("addressee-verbs.txt");
  private static final Set<String> PARTICIPLE_RELATIONS = Set.of("advcl", "xcomp", "dep", "parataxis");
  /**
   * Verbs that report only when what they carry is quoted: a statement "included wording such as
   * “…”", a sign "read “…”". Otherwise ("the plan includes tax cuts") they report nothing.
   */
  static final Set<String> QUOTING_ONLY = Set.of("include", "includes", "included", "including", "read", "reads",
      "contain", "contains", "contained", "containing");
  private static final String QUOTE_MARKS = "\"“”«»‘’'`";
  /** Dependents of a verb that go on saying something of its object. */
  private static final Set<String> COMPLEMENT_RELATIONS = Set.of("obl", "xcomp", "advcl", "obj", "iobj", "ccomp", "nmod");
  private static final Set<String> HANGING_RELATIONS = Set.of("advcl", "xcomp", "dep", "conj", "parataxis", "ccomp");
  private static final Set<String> PUNCTUATION = Set.of(",", ".", ";", ":", "--", "—", "–", "-", "!", "?", "(", ")");

  static final Set<String> STANCE_VERBS = WordLists.words("stance-verbs.txt");
  /**
   * A phrase after the object that opens with these sets the scene of the saying ("… at a rally",
   * "… since the 1950s", "… by 40 points"); it says nothing of the object.
   */
  private static final Set<String> SETTING_PREPOSITIONS = Set.of("at", "in", "during", "since", "after", "before", "by",
      "throughout", "across", "within", "amid", "following", "until");
  static final java.util.Map<String, Set<String>> PREPOSITION_CUES = WordLists.table("cue-prepositions.tsv");

  private final CueLexicon cues = CueLexicon.shared();

  List<Attribution> find(Sentence sentence) {
    Parse parse = new Parse(sentence);
    List<Attribution> found = new ArrayList<>();
    if (!parse.parsed()) {
      accordingTo(parse, found); // read from the words alone
      return found;
    }
    for (int v = 0; v < parse.size(); v++) {
      String tag = parse.token(v).tag();
      if (tag == null || !tag.startsWith("VB")) {
        continue;
      }
      String word = parse.token(v).text().toLowerCase(Locale.ROOT);
      Attribution a = cues.isCue(word) || QUOTING_ONLY.contains(word) ? fromVerb(parse, v) : null;
      if (a != null && QUOTING_ONLY.contains(word) && !quotes(parse, a)) {
        a = null;
      }
      if (a == null && PREPOSITION_CUES.containsKey(word)) {
        a = fromPreposition(parse, v, PREPOSITION_CUES.get(word));
      }
      if (a == null && NAMING_VERBS.contains(word)) {
        a = naming(parse, v);
      }
      if (a == null && STANCE_VERBS.contains(word)) {
        a = fromObject(parse, v, "stance verb + subject + object");
      }
      if (a != null) {
        found.add(a);
      }
    }
    accordingTo(parse, found);
    return found;
  }

  private Attribution fromVerb(Parse parse, int v) {
    int content = parse.child(v, "ccomp");
    String word = parse.token(v).text().toLowerCase(Locale.ROOT);
    String rule = "cue verb + subject + clause";
    if (content < 0 && (OBJECT_CONTENT_VERBS.contains(word) || QUOTING_ONLY.contains(word))) {
      content = parse.childAfter(v, "obj");
      rule = "cue verb + subject + object";
    }
    if (content < 0 && !TAKES_ADDRESSEE.contains(word) && cues.isSpeech(word)) {
      Span split = subjectSplitFromClause(parse, v);
      if (split != null) {
        int subject = subjectOf(parse, v);
        Span source = subject < 0 ? null : trimmed(parse, subject, -1);
        return source == null ? null : new Attribution(cueSpan(parse, v), withClosingComma(parse, source),
            parse.token(subject).span(), List.of(split), "cue verb + subject + clause without 'that'", 0.7);
      }
    }
    int addressee = -1;
    if (content < 0) {
      content = parse.child(v, "xcomp");
      rule = "cue verb + subject + infinitive";
      if (content >= 0 && !"TO".equals(firstTag(parse, content))) {
        content = -1;
      }
      int object = parse.childAfter(v, "obj");
      if (content >= 0 && object >= 0 && object < content) {
        addressee = object; // "urged Republicans to join …": who is urged belongs to what is urged
      }
    }
    if (content < 0) {
      return null;
    }
    int subject = parse.child(v, "nsubj");
    if (subject < 0 && HANGING_RELATIONS.contains(parse.relation(v)) && parse.head(v) >= 0) {
      subject = parse.child(parse.head(v), "nsubj");
      rule = "cue verb → subject of the verb it hangs on";
    }
    if (subject < 0 && "VBG".equals(parse.token(v).tag())) {
      subject = clauseSubjectAbove(parse, v);
      rule = "participle → subject of the clause above";
    }
    if (subject < 0) {
      return null;
    }
    Span contentSpan = trimmed(parse, content, v);
    if (contentSpan != null && addressee >= 0) {
      Span who = trimmed(parse, addressee, v);
      contentSpan = who == null ? contentSpan : new Span(who.begin(), contentSpan.end());
    }
    if (contentSpan != null && parse.relation(content).equals("obj")) {
      contentSpan = withComplements(parse, v, content, contentSpan, false);
    }
    if (contentSpan != null && content > v && parse.relation(content).equals("ccomp")) {
      contentSpan = toSentenceEnd(parse, contentSpan);
    }
    Span source = trimmed(parse, subject, -1);
    if (contentSpan == null || source == null) {
      return null;
    }
    double confidence = cues.isSpeech(word) ? 0.8 : 0.6;
    return new Attribution(cueSpan(parse, v), withClosingComma(parse, source), parse.token(subject).span(),
        List.of(contentSpan), rule, confidence);
  }

  private static boolean quotes(Parse parse, Attribution a) {
    for (int i = 0; i < parse.size(); i++) {
      Span t = parse.token(i).span();
      if (t.begin() >= a.contentBegin() && t.end() <= a.contentEnd() && QUOTE_MARKS.contains(parse.token(i).text().substring(0, 1))) {
        return true;
      }
    }
    return false;
  }

  /**
   * "said investigators were feeling the pressure": without "that", the parser often takes the
   * clause's subject for the verb's object and hangs the rest of the clause beside it. The object
   * and the verb phrase right after it are the clause. "The governor said Democrats are to blame"
   * can go further wrong: the reporting verb becomes the clausal subject of the clause's own
   * predicate, which follows the object; the clause then runs from the object to the predicate's end.
   */
  private static Span subjectSplitFromClause(Parse parse, int v) {
    int object = parse.childAfter(v, "obj");
    if (object < 0) {
      return null;
    }
    int objectEnd = parse.subtree(object)[1];
    int head = parse.head(v);
    if (parse.relation(v).equals("csubj") && head > objectEnd) {
      return parse.span(parse.subtree(object)[0], trimmedEnd(parse, objectEnd, parse.subtree(head)[1]));
    }
    for (int c : parse.children(v)) {
      String r = parse.relation(c);
      if ((r.equals("dep") || r.equals("parataxis") || r.equals("ccomp")) && parse.subtree(c)[0] == objectEnd + 1
          && parse.token(c).tag() != null && parse.token(c).tag().startsWith("VB")) {
        int last = parse.subtree(c)[1];
        last = trimmedEnd(parse, objectEnd, last);
        return parse.span(parse.subtree(object)[0], last);
      }
    }
    return null;
  }

  /** "called for a ban", "talked about the economy": the cue ends with the preposition. */
  private Attribution fromPreposition(Parse parse, int v, Set<String> prepositions) {
    for (int o : parse.children(v)) {
      if (!parse.relation(o).startsWith("obl")) {
        continue;
      }
      int p = parse.child(o, "case");
      if (p != v + 1 || !prepositions.contains(parse.token(p).text().toLowerCase(Locale.ROOT))) {
        continue;
      }
      int[] range = parse.subtree(o);
      int last = range[1];
      last = trimmedEnd(parse, p, last);
      int subject = subjectOf(parse, v);
      if (last <= p || subject < 0) {
        return null;
      }
      Span cue = new Span(cueSpan(parse, v).begin(), parse.token(p).end());
      Span source = trimmed(parse, subject, -1);
      Span content = withComplements(parse, v, o, parse.span(p + 1, last), false);
      return source == null ? null : new Attribution(cue, withClosingComma(parse, source), parse.token(subject).span(),
          List.of(content), "cue verb + preposition + object", 0.6);
    }
    return null;
  }

  /** "the union endorsed Sanders": the object is the content. */
  private Attribution fromObject(Parse parse, int v, String rule) {
    int object = parse.childAfter(v, "obj");
    int subject = subjectOf(parse, v);
    if (object < 0 || subject < 0) {
      return null;
    }
    // a stance's object is a thing, and a phrase setting the scene after it is the reporter's
    Span content = withComplements(parse, v, object, trimmed(parse, object, v), true);
    Span source = trimmed(parse, subject, -1);
    if (content == null || source == null) {
      return null;
    }
    return new Attribution(cueSpan(parse, v), withClosingComma(parse, source), parse.token(subject).span(),
        List.of(content), rule, 0.6);
  }

  /**
   * "criticized Kaine for his work defending …", "urged Trump to stop attacking Machado",
   * "described the deal as “the gold standard”": what the verb says of its object follows it, as
   * further dependents of the verb, and belongs to the content. Stops at a comma, at a coordinated
   * verb and at a report of its own.
   */
  private Span withComplements(Parse parse, int v, int object, Span content, boolean stopAtSetting) {
    if (content == null || object < v) {
      return content;
    }
    int last = parse.subtree(object)[1];
    for (int c : parse.children(v)) {
      if (c <= last || !COMPLEMENT_RELATIONS.contains(parse.relation(c)) || isOwnReport(parse, c)) {
        continue;
      }
      int[] range = parse.subtree(c);
      if (range[0] != last + 1 || isBreak(parse, range[0])
          || stopAtSetting && SETTING_PREPOSITIONS.contains(parse.token(range[0]).text().toLowerCase(Locale.ROOT))) {
        break;
      }
      last = range[1];
    }
    last = trimmedEnd(parse, object, last);
    Span extended = parse.span(parse.subtree(object)[0], last);
    return extended.end() > content.end() ? new Span(content.begin(), extended.end()) : content;
  }

  /**
   * "Comey called Clinton's use of private servers “extremely careless”": the object and what is
   * said of it are the content.
   */
  private Attribution naming(Parse parse, int v) {
    int object = parse.childAfter(v, "obj");
    int predicate = parse.child(v, "xcomp", "obj", "ccomp");
    int subject = subjectOf(parse, v);
    if (object < 0 || subject < 0 || object < v) {
      return null;
    }
    int last = parse.subtree(object)[1];
    for (int c : parse.children(v)) {
      if (c != object && c > object && (parse.relation(c).equals("xcomp") || parse.relation(c).equals("obj"))) {
        last = Math.max(last, parse.subtree(c)[1]);
      }
    }
    boolean quotedName = hasQuoteMark(parse, parse.subtree(object));
    if (predicate < 0 || last == parse.subtree(object)[1] && !quotedName) {
      return null; // "called the meeting" names nothing; "called half of his supporters “deplorables”" does
    }
    last = trimmedEnd(parse, object, last);
    Span source = trimmed(parse, subject, -1);
    return source == null ? null : new Attribution(cueSpan(parse, v), withClosingComma(parse, source),
        parse.token(subject).span(), List.of(parse.span(parse.subtree(object)[0], last)), "calling X Y", 0.7);
  }

  private static boolean hasQuoteMark(Parse parse, int[] range) {
    for (int i = range[0]; i <= range[1]; i++) {
      if (Quoted.isMarkToken(parse.token(i).text())) {
        return true;
      }
    }
    return false;
  }

  /**
   * "Cooper called for releasing the videos, saying that …", "was fined for saying that …": the
   * parser hangs the participle on a noun, which has no subject. The speaker is the subject of the
   * nearest verb above it, standing before it: the clause the participle goes with.
   */
  private static int clauseSubjectAbove(Parse parse, int v) {
    int at = parse.head(v);
    for (int depth = 0; at >= 0 && depth < 6; depth++, at = parse.head(at)) {
      int subject = parse.child(at, "nsubj", "nsubj:pass");
      if (subject >= 0 && subject < v && parse.token(at).tag() != null && parse.token(at).tag().startsWith("VB")) {
        return subject;
      }
    }
    return -1;
  }

  /** The subject of {@code v}, or of the verb it hangs on when it has none ("…, saying"). */
  private static int subjectOf(Parse parse, int v) {
    int subject = parse.child(v, "nsubj");
    if (subject < 0 && HANGING_RELATIONS.contains(parse.relation(v)) && parse.head(v) >= 0) {
      subject = parse.child(parse.head(v), "nsubj");
    }
    return subject;
  }

  /**
   * A clause reported after its cue runs to the end of the sentence in news copy; the parser often
   * hangs its last phrase on the cue verb instead ("said that he would offer a prayer … on
   * Wednesday"). Stops at a quote mark or a second report.
   */
  private Span toSentenceEnd(Parse parse, Span content) {
    int last = parse.size() - 1;
    last = trimmedEnd(parse, -1, last);
    for (int i = 0; i <= last; i++) {
      if (parse.token(i).begin() >= content.end() && (cues.isCue(parse.token(i).text()) || parse.token(i).text().equals(";"))) {
        return content;
      }
    }
    return last >= 0 && parse.token(last).end() > content.end() ? new Span(content.begin(), parse.token(last).end()) : content;
  }

  private static String firstTag(Parse parse, int head) {
    int[] range = parse.subtree(head);
    return parse.token(range[0]).tag();
  }

  /**
   * A source with an apposition or a relative clause ("Michael McFaul, a senior fellow …,") ends
   * with the comma that closes it, as news style (and PolNeAR) has it.
   */
  private static Span withClosingComma(Parse parse, Span source) {
    String text = parse.sentence().tokens().stream().filter(t -> t.begin() >= source.begin() && t.end() <= source.end())
        .map(t -> t.text()).reduce("", (a, b) -> a + " " + b);
    if (!text.contains(",")) {
      return source;
    }
    for (int i = 0; i + 1 < parse.size(); i++) {
      if (parse.token(i).end() == source.end() && parse.token(i + 1).text().equals(",")) {
        return new Span(source.begin(), parse.token(i + 1).end());
      }
    }
    return source;
  }

  /**
   * The verb with the auxiliaries and negation right before it and its particle: "don't like",
   * "pointed out"; and a colon right after it ("said:") that opens the content.
   */
  private static Span cueSpan(Parse parse, int v) {
    int first = v;
    int last = v;
    if (v + 1 < parse.size() && parse.token(v + 1).text().equals(":")) {
      last = v + 1;
    }
    for (int c : parse.children(v)) {
      String r = parse.relation(c);
      if ((r.equals("aux") || r.equals("advmod") && isNegation(parse, c)) && c == first - 1) {
        first = c;
      }
      if (r.equals("compound:prt") && c == last + 1) {
        last = c;
      }
    }
    return parse.span(first, last);
  }

  private static boolean isNegation(Parse parse, int c) {
    String w = parse.token(c).text().toLowerCase(Locale.ROOT);
    return w.equals("not") || w.equals("n't") || w.equals("never");
  }

  /**
   * The subtree of {@code head} without edge punctuation and without any branch that is itself a
   * cue verb reporting something else ("…, saying that …" is its own report).
   */
  private Span trimmed(Parse parse, int head, int cueVerb) {
    int[] range = parse.subtree(head);
    int first = range[0];
    int last = range[1];
    for (int c : parse.children(head)) {
      if (c > head && c != cueVerb && isOwnReport(parse, c)) {
        last = Math.min(last, parse.subtree(c)[0] - 1);
      }
    }
    if (cueVerb >= first && cueVerb <= last) {
      // the cue sits inside its own content ("“…,” he said, “…”"): keep the part before it
      last = cueVerb - 1;
    }
    while (first <= last && isBreak(parse, first)) {
      first++;
    }
    last = trimmedEnd(parse, first - 1, last);
    return first > last ? null : parse.span(first, last);
  }

  /**
   * "…, saying that …", "…, emphasizing the need …": a speech participle reporting more on its own.
   * Not one after a preposition ("defined these areas by adding a few communities"): that is how
   * the reported thing was done, part of it.
   */
  private boolean isOwnReport(Parse parse, int c) {
    return "VBG".equals(parse.token(c).tag()) && cues.isSpeech(parse.token(c).text())
        && PARTICIPLE_RELATIONS.contains(parse.relation(c)) && (parse.child(c, "ccomp") >= 0 || parse.child(c, "obj") >= 0)
        && parse.child(c, "mark", "case") < 0;
  }

  /** The rule name of "according to X": its content is a whole clause. */
  static final String ACCORDING_TO = "according to";

  /** "According to X, CONTENT." and "CONTENT, according to X." */
  private static void accordingTo(Parse parse, List<Attribution> found) {
    for (int i = 0; i + 2 < parse.size(); i++) {
      if (!parse.token(i).text().equalsIgnoreCase("according") || !parse.token(i + 1).text().equals("to")) {
        continue;
      }
      int sourceEnd = i + 2;
      while (sourceEnd < parse.size() && !isBreak(parse, sourceEnd)) {
        sourceEnd++;
      }
      if (sourceEnd == i + 2) {
        continue;
      }
      Span source = parse.span(i + 2, sourceEnd - 1);
      Span cue = parse.span(i, i + 1);
      int contentFirst = i == 0 ? sourceEnd + 1 : 0;
      int contentLast = i == 0 ? parse.size() - 1 : i - 1;
      contentLast = trimmedEnd(parse, contentFirst - 1, contentLast);
      if (contentFirst <= contentLast) {
        found.add(new Attribution(cue, source, parse.token(sourceEnd - 1).span(),
            List.of(parse.span(contentFirst, contentLast)), ACCORDING_TO, 0.8));
      }
    }
  }

  /** Whether token {@code i} is punctuation that ends a phrase; a hyphen inside a word ("conservative-leaning") is not. */
  private static boolean isBreak(Parse parse, int i) {
    String word = parse.token(i).text();
    if (!PUNCTUATION.contains(word)) {
      return false;
    }
    boolean joined = i > 0 && i + 1 < parse.size() && parse.token(i - 1).end() == parse.token(i).begin()
        && parse.token(i).end() == parse.token(i + 1).begin();
    return !(word.equals("-") && joined);
  }

  /**
   * {@code last} moved back over trailing punctuation, not past {@code floor}; a ")" that closes a
   * "(" after {@code floor} stays ("Rep. Jason Chaffetz (R-Utah)").
   */
  private static int trimmedEnd(Parse parse, int floor, int last) {
    while (last > floor && isBreak(parse, last) && !closesParenthesis(parse, floor, last)) {
      last--;
    }
    return last;
  }

  /** How far back a ")" looks for its "(": a party and state, or a short aside; a bound keeps a run of ")" linear. */
  private static final int PARENTHESIS_WORDS = 12;

  private static boolean closesParenthesis(Parse parse, int floor, int last) {
    if (!parse.token(last).text().equals(")")) {
      return false;
    }
    int depth = 0;
    for (int i = last; i > Math.max(floor, last - PARENTHESIS_WORDS); i--) {
      String word = parse.token(i).text();
      if (word.equals(")")) {
        depth++;
      } else if (word.equals("(") && --depth == 0) {
        return true;
      }
    }
    return false;
  }
}
