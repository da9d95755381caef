package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import verbatim.core.model.Cue;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceParser;
import verbatim.core.quotes.VerbGroups.Scored;

/**
 * verbatim's rules with a learned {@link AttributionModel} on top. The rules are precise but miss
 * cues they have no rule for, and where a report's content starts and stops is the commonest way
 * they are wrong. So the model first takes the verbs the rules passed over that it scores as cues
 * ({@link CueCandidates}), each with a first guess at its content, then moves the two outer edges
 * of every report's content to the candidate it scores highest ({@link EdgeCandidates}). A learned
 * report's confidence is its cue's probability times each edge's share of its candidates' scores,
 * and a report below the model's report threshold is left out. Speakers, cues and the inner edges
 * of a split quote stay as the rules found them. Thread-safe.
 */
public final class LearnedAttributions implements QuoteExtractor {
  private final QuoteExtractor rules;
  private final AttributionModel model;
  private final SentenceParser parser;
  private final FeatureWeights cueWeights;
  private final FeatureWeights beginWeights;
  private final FeatureWeights endWeights;

  /** Without a parser: a learned report's sentence is read as the splitter left it. */
  public LearnedAttributions(QuoteExtractor rules, AttributionModel model) {
    this(rules, model, SentenceParser.NONE);
  }

  /**
   * @param parser parses the sentence of each report the model finds, where the splitter did not:
   *     the parse names its speaker and shows the edge model where its phrases end
   */
  public LearnedAttributions(QuoteExtractor rules, AttributionModel model, SentenceParser parser) {
    this.rules = Objects.requireNonNull(rules, "rules");
    this.model = Objects.requireNonNull(model, "model");
    this.parser = Objects.requireNonNull(parser, "parser");
    cueWeights = FeatureWeights.of(model.cue());
    beginWeights = FeatureWeights.of(model.begin());
    endWeights = FeatureWeights.of(model.end());
  }

  @Override
  public List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities) {
    List<Quote> found = new ArrayList<>(rules.extract(text, sentences, entities));
    List<Scored> cues = learnedCues(text, sentences, found);
    Map<Sentence, Sentence> parsed = parsing(cues.stream().map(c -> c.candidate().sentence()).toList(), parser);
    List<Sentence> read = sentences.stream().map(s -> parsed.getOrDefault(s, s)).toList();
    SpeakerResolver speakers = cues.isEmpty() ? null : new SpeakerResolver(text, entities);
    for (Scored s : cues) {
      CueCandidates.Candidate c = s.candidate();
      Sentence sentence = parsed.getOrDefault(c.sentence(), c.sentence());
      Span content = CueCandidates.seedContent(c, sentence);
      found.add(new Quote("learned", QuoteKind.INDIRECT, content.of(text), List.of(content),
          speaker(sentence, c.index(), speakers), new Cue(c.span(), c.span().of(text)), CueCandidates.RULE,
          round(s.p())));
    }
    EdgeCandidates candidates = new EdgeCandidates(text, read);
    List<Quote> moved = new ArrayList<>(found.size());
    for (Quote q : found) {
      Quote m = candidates.applies(q) ? moved(text, q, candidates) : q;
      // a learned report is kept when its cue and both its edges are likely right together
      if (!(m.rule().equals(CueCandidates.RULE) && m.confidence() < model.reportThreshold())) {
        moved.add(m);
      }
    }
    moved.sort(Comparator.comparingInt((Quote q) -> q.parts().get(0).begin()));
    List<Quote> out = new ArrayList<>(moved.size());
    for (Quote q : NestedReports.withoutInner(text, RepeatedReports.withoutRepeats(withoutTermsInReports(text, moved)))) {
      out.add(new Quote("q" + (out.size() + 1), q.kind(), q.text(), q.parts(), q.speaker(), q.cue(), q.rule(),
          q.confidence()));
    }
    return out;
  }

  /**
   * The sentences of the reports the model found, each parsed, keyed by the sentence as split
   * (by identity: two sentences of the same words are two sentences). The trainer calls this on
   * the sentences of gold cues, so that the edge model learns from the parses it will be given.
   */
  public static Map<Sentence, Sentence> parsing(List<Sentence> these, SentenceParser parser) {
    Map<Sentence, Sentence> parsed = new IdentityHashMap<>();
    for (Sentence s : these) {
      parsed.computeIfAbsent(s, parser::parse);
    }
    return parsed;
  }

  /** The verb groups of the words the cue model takes for cues, each with its probability. */
  private List<Scored> learnedCues(String text, List<Sentence> sentences, List<Quote> found) {
    List<CueCandidates.Candidate> all = CueCandidates.find(text, sentences, found);
    List<Scored> chosen = new ArrayList<>();
    for (CueCandidates.Candidate c : all) {
      double p = cueWeights.probability(c.features());
      if (p >= model.cueThreshold()) {
        chosen.add(new Scored(c, p));
      }
    }
    List<Scored> out = VerbGroups.of(chosen, all);
    out.removeIf(s -> CueCandidates.seedContent(s.candidate()) == null);
    return out;
  }

  /** The subject of the cue verb, where its sentence is parsed; otherwise nobody named. */
  private static Speaker speaker(Sentence sentence, int cue, SpeakerResolver speakers) {
    Parse parse = new Parse(sentence);
    if (!parse.parsed()) {
      return new Speaker.Unknown();
    }
    int subject = parse.child(cue, "nsubj", "nsubj:pass");
    if (subject < 0) {
      return new Speaker.Unknown();
    }
    int[] range = parse.subtree(subject);
    return speakers.resolve(parse.span(range[0], range[1]), parse.token(subject).span());
  }

  /** How sure the model is of one edge: the best candidate's share of all the candidates' scores. */
  private record Edge(int offset, double share) {}

  private Quote moved(String text, Quote q, EdgeCandidates candidates) {
    List<Span> parts = q.parts();
    Span first = parts.get(0);
    Span last = parts.get(parts.size() - 1);
    // content that did not take in its cue does not take it in by moving: "said [the forum] he was …"
    Span cue = q.cue() == null ? null : q.cue().span();
    int earliest = cue != null && cue.end() <= first.begin() ? cue.end() : Integer.MIN_VALUE;
    int latest = cue != null && cue.begin() >= last.end() ? cue.begin() : Integer.MAX_VALUE;
    if (q.kind() != QuoteKind.INDIRECT) {
      // a quote's content does not grow across a verb of speech: "…,” Rep. Mica said. “…" is its attribution
      earliest = Math.max(earliest, candidates.speechVerbBefore(first.begin()));
      latest = Math.min(latest, candidates.speechVerbAfter(last.end()));
    }
    Edge begin = best(candidates.begins(q, beginWeights), first.begin(), earliest, Integer.MAX_VALUE);
    Edge end = best(candidates.ends(q, endWeights), last.end(), Integer.MIN_VALUE, latest);
    boolean learned = q.rule().equals(CueCandidates.RULE);
    double confidence = learned ? round(q.confidence() * begin.share() * end.share()) : q.confidence();
    if (begin.offset() == first.begin() && end.offset() == last.end()) {
      return learned ? withConfidence(q, confidence) : q;
    }
    List<Span> moved = new ArrayList<>(parts);
    if (parts.size() == 1) {
      if (begin.offset() >= end.offset()) {
        return learned ? withConfidence(q, confidence) : q;
      }
      moved.set(0, new Span(begin.offset(), end.offset()));
    } else {
      moved.set(0, new Span(begin.offset(), first.end()));
      moved.set(parts.size() - 1, new Span(last.begin(), end.offset()));
    }
    // a direct quote stays direct when its content takes in a leading "that" or a closing comma;
    // an indirect report that now takes in quoted words becomes partly quoted in withoutTermsInReports
    // an indirect report's text is its content; a quote's is the quoted words, which do not move
    String words = q.kind() == QuoteKind.INDIRECT
        ? String.join(" … ", moved.stream().map(p -> p.of(text).strip()).toList())
        : q.text();
    return new Quote(q.id(), q.kind(), words, moved, q.speaker(), q.cue(), q.rule(), confidence);
  }

  /**
   * The rules call quoted words a term only when no report of theirs takes them in; a report the
   * model found, or widened, can take them in too. Such words are then that report's quoted words,
   * as the rules would have had them: the term goes, and a report with quoted words in it is partly
   * quoted. Quoted words inside a direct quote stay a term: they are a quote within a quote. One
   * binary search per term: a document of a thousand quotes costs n log n, not n².
   */
  static List<Quote> withoutTermsInReports(String text, List<Quote> sorted) {
    List<Span> reported = new ArrayList<>();
    for (Quote q : sorted) {
      if (q.kind() == QuoteKind.INDIRECT || q.kind() == QuoteKind.PARTIAL) {
        reported.addAll(q.parts());
      }
    }
    if (reported.isEmpty()) {
      return sorted;
    }
    reported.sort(Comparator.comparingInt(Span::begin));
    int[] reach = new int[reported.size()];
    for (int i = 0; i < reported.size(); i++) {
      reach[i] = Math.max(i == 0 ? -1 : reach[i - 1], reported.get(i).end());
    }
    List<Quote> out = new ArrayList<>(sorted.size());
    for (Quote q : sorted) {
      if (!(q.kind() == QuoteKind.TERM && insideOne(reported, reach, q.parts().get(0)))) {
        out.add(q);
      }
    }
    out.replaceAll(q -> q.kind() == QuoteKind.INDIRECT && hasQuoteMark(text, q.parts())
        ? new Quote(q.id(), QuoteKind.PARTIAL, q.text(), q.parts(), q.speaker(), q.cue(), q.rule(), q.confidence())
        : q);
    return out;
  }

  /**
   * Whether one of the spans, sorted by begin, holds the whole of {@code term}: whether the
   * furthest end among those that begin at or before it ({@code reach}) reaches its end.
   */
  private static boolean insideOne(List<Span> spans, int[] reach, Span term) {
    int lo = 0;
    int hi = spans.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (spans.get(mid).begin() <= term.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo > 0 && reach[lo - 1] >= term.end();
  }

  private static Quote withConfidence(Quote q, double confidence) {
    return new Quote(q.id(), q.kind(), q.text(), q.parts(), q.speaker(), q.cue(), q.rule(), confidence);
  }

  private static double round(double p) {
    return Math.round(p * 100) / 100.0;
  }

  private static boolean hasQuoteMark(String text, List<Span> parts) {
    for (Span p : parts) {
      for (int i = p.begin(); i < p.end(); i++) {
        char c = text.charAt(i);
        if (c == '"' || c == '\u201c' || c == '\u201d') {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * The candidate the model scores highest. The rules' own edge is kept when the tokens do not
   * offer it as a candidate (it falls inside a token), since the model cannot weigh it then.
   */
  private static Edge best(List<EdgeCandidates.Scored> options, int rulesEdge, int from, int to) {
    boolean offered = false;
    int best = rulesEdge;
    double top = -1;
    double sum = 0;
    for (EdgeCandidates.Scored c : options) {
      offered |= c.offset() == rulesEdge;
      double p = c.probability();
      sum += p;
      if (p > top && from <= c.offset() && c.offset() <= to) {
        top = p;
        best = c.offset();
      }
    }
    return offered ? new Edge(best, top / sum) : new Edge(rulesEdge, 1);
  }
}
