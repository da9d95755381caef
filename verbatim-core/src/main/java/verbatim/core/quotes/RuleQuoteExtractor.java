package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;
import verbatim.core.extract.Paragraphs;
import verbatim.core.model.Cue;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * verbatim's quote extractor: reports of speech read from the dependency parse, then every quoted
 * stretch the parse did not account for attributed by the words beside it, continued from the
 * quote before it, or called a term. Stateless and thread-safe.
 */
public final class RuleQuoteExtractor implements QuoteExtractor {
  private static final CueLexicon SPEECH = CueLexicon.shared();
  private final ParsedAttributions parsed = new ParsedAttributions();
  private final AdjacentCues adjacent = new AdjacentCues();
  private final ShallowAttributions shallow = new ShallowAttributions();
  private final ContentEdges edges = new ContentEdges();

  @Override
  public List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities) {
    List<Span> paragraphs = Paragraphs.of(text);
    List<Quoted> marks = QuoteMarks.find(text, paragraphs);
    SpeakerResolver speakers = new SpeakerResolver(text, entities);
    List<Draft> drafts = new ArrayList<>();
    Set<Quoted> used = new HashSet<>();
    List<Attribution> attributions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      List<Attribution> fromParse = parsed.find(sentence);
      if (fromParse.isEmpty() && !sentence.tokens().isEmpty() && !sentence.tokens().get(0).parsed()) {
        Attribution plain = shallow.find(sentence);
        if (plain != null) {
          attributions.add(trimmed(plain, sentence));
        }
      }
      for (Attribution a : fromParse) {
        if (!reportedWithin(a, fromParse)) {
          attributions.add(trimmed(a, sentence));
        }
      }
    }
    attributions.addAll(ColonAttributions.find(text, paragraphs, entities));
    List<Quoted> statements = statements(marks);
    for (Attribution a : attributions) {
      if (a.rule().equals(ColonAttributions.QUOTED_RULE)) {
        quotedTurn(text, a, statements, speakers, used, drafts);
      } else if (!insideAQuote(a, statements)) {
        fromAttribution(text, a, statements, speakers, used, drafts);
      }
    }
    for (Quoted q : marks) {
      if (!used.contains(q) && q.depth() == 0) {
        fromQuoteMarks(text, q, sentences, paragraphs, speakers, attributions, drafts);
        used.add(q);
      }
    }
    for (Quoted q : marks) {
      if (!used.contains(q) && QuoteKinds.looksLikeTerm(text, q) && !QuoteKinds.isName(text, q)) {
        drafts.add(quoted(text, q, QuoteKind.TERM, new Speaker.Unknown(), null, "quoted term", 0.7));
      }
    }
    for (Draft d : drafts) {
      if (d.cue != null) {
        Span cue = VerbGroups.withAdverbsBefore(d.cue.span(), sentences);
        d.cue = cue.equals(d.cue.span()) ? d.cue : new Cue(cue, cue.of(text));
      }
    }
    return finish(text, drafts);
  }

  /**
   * "Merrill says Machado promised to continue supporting Clinton", "he said he backed the idea":
   * an intention ("promised to", "refused to") or a stance inside what someone else reports is part
   * of that report, not a report of its own (PolNeAR annotates the outer one; the inner infinitive's
   * content was right 17 % of the time on dev).
   */
  private static boolean reportedWithin(Attribution a, List<Attribution> others) {
    if (!a.rule().endsWith("infinitive") && !a.rule().startsWith("stance verb") && !a.rule().contains("preposition")) {
      return false;
    }
    for (Attribution o : others) {
      if (o != a && o.contentBegin() <= a.cue().begin() && a.contentEnd() <= o.contentEnd()) {
        return true;
      }
    }
    return false;
  }

  private Attribution trimmed(Attribution a, Sentence sentence) {
    if (a.content().size() != 1) {
      return a;
    }
    Span content = a.rule().equals(ParsedAttributions.ACCORDING_TO)
        ? edges.trimOpening(a.content().get(0), sentence.tokens())
        : edges.trim(a.content().get(0), sentence.tokens());
    return content.equals(a.content().get(0)) ? a
        : new Attribution(a.cue(), a.source(), a.sourceHead(), List.of(content), a.rule(), a.confidence());
  }

  /**
   * A cue inside quotation marks is the speaker's own words ("“I think we can win,” she said"): the
   * quote is hers, not a report of its own.
   */
  private static boolean insideAQuote(Attribution a, List<Quoted> statements) {
    for (Quoted q : statements) {
      if (q.begin() < a.cue().begin() && a.cue().end() <= q.end()) {
        return true;
      }
    }
    return false;
  }

  /** Top-level double quotes: the marks that can make reported content direct or partial. */
  private static List<Quoted> statements(List<Quoted> marks) {
    return marks.stream().filter(q -> q.depth() == 0 && !q.single()).toList();
  }

  private static void fromAttribution(String text, Attribution a, List<Quoted> statements, SpeakerResolver speakers,
      Set<Quoted> used, List<Draft> drafts) {
    Span content = new Span(a.contentBegin(), a.contentEnd());
    List<Quoted> inside = new ArrayList<>();
    for (Quoted q : statements) {
      boolean overlaps = q.begin() < content.end() && content.begin() < q.end();
      boolean nested = q.begin() <= a.cue().begin() && a.cue().end() <= q.end();
      if (overlaps && !nested && !used.contains(q)) {
        content = new Span(Math.min(content.begin(), q.begin()), Math.max(content.end(), q.end()));
        inside.add(q);
      }
    }
    Speaker speaker = speakers.resolve(a.source(), a.sourceHead());
    Cue cue = new Cue(a.cue(), a.cue().of(text));
    if (inside.size() >= 2 && QuoteKinds.onlyConnectives(text, content, inside)) {
      // "included wording such as “…” and “…”": the words up to the first quote are the cue
      int firstQuote = inside.get(0).begin();
      Cue extended = firstQuote > a.cue().end()
          ? new Cue(new Span(a.cue().begin(), lastWordEnd(text, a.cue().begin(), firstQuote)),
              text.substring(a.cue().begin(), lastWordEnd(text, a.cue().begin(), firstQuote)))
          : cue;
      for (Quoted q : inside) {
        drafts.add(quoted(text, q, QuoteKind.DIRECT, speaker, extended, a.rule() + ", one quote of several", a.confidence()));
        used.add(q);
      }
      return;
    }
    QuoteKind kind = inside.isEmpty() ? QuoteKind.INDIRECT
        : inside.size() == 1 && QuoteKinds.quoteIsWholeContent(text, content, inside.get(0)) ? QuoteKind.DIRECT
        : QuoteKind.PARTIAL;
    // "remarked that “…”": still the official's own words (the seed's row 5), but the content PolNeAR
    // marks, and a reader quoting the report takes, opens at "that"
    Span that = kind == QuoteKind.DIRECT ? thatBefore(text, content, inside.get(0)) : null;
    Draft d = new Draft(kind, speaker, cue, a.rule(), a.confidence());
    if (that != null) {
      d.parts.add(that);
    } else if (kind == QuoteKind.DIRECT) {
      d.parts.addAll(inside.get(0).outer());
    } else if (a.content().size() > 1) {
      // "The industry, she said, is doing better": the parts around the attribution, each with its quotes
      for (Span part : a.content()) {
        d.parts.add(withQuotes(part, inside));
      }
    } else {
      d.parts.add(content);
    }
    if (inside.isEmpty()) {
      d.words.add(String.join(" … ", d.parts.stream().map(p -> p.of(text)).toList()));
    }
    for (Quoted q : inside) {
      d.words.add(q.words(text));
      used.add(q);
    }
    drafts.add(d);
  }

  /** "that “…”": the content from its "that" to the quote's end when only "that" comes before the quote; else null. */
  private static Span thatBefore(String text, Span content, Quoted q) {
    int that = q.outer().size() == 1 ? loneThat(text, content.begin(), q) : -1;
    return that < 0 ? null : new Span(that, q.end());
  }

  /** Where a lone "that" stands between {@code from} and the quote ("said that “…”"), or -1. */
  private static int loneThat(String text, int from, Quoted q) {
    if (q.begin() <= from) {
      return -1;
    }
    String between = text.substring(from, q.begin());
    return between.strip().equalsIgnoreCase("that") ? from + between.indexOf(between.strip()) : -1;
  }

  /**
   * A turn of a quoted transcript is its speaker's direct quote. The marks that open every
   * paragraph make one quote of the whole transcript, which is not a quote of its own.
   */
  private static void quotedTurn(String text, Attribution a, List<Quoted> statements, SpeakerResolver speakers,
      Set<Quoted> used, List<Draft> drafts) {
    for (Quoted q : statements) {
      if (q.begin() < a.cue().begin() && a.cue().end() <= q.end()) {
        used.add(q);
      }
    }
    Draft d = new Draft(QuoteKind.DIRECT, speakers.resolve(a.source(), a.sourceHead()), new Cue(a.cue(), a.cue().of(text)),
        a.rule(), a.confidence());
    d.parts.addAll(a.content());
    for (Span part : a.content()) {
      d.words.add(part.of(text).strip());
    }
    drafts.add(d);
  }

  private static Span withQuotes(Span part, List<Quoted> quotes) {
    Span widened = part;
    for (Quoted q : quotes) {
      if (q.begin() < widened.end() && widened.begin() < q.end()) {
        widened = new Span(Math.min(widened.begin(), q.begin()), Math.max(widened.end(), q.end()));
      }
    }
    return widened;
  }

  private static int lastWordEnd(String text, int from, int before) {
    int end = before;
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return end;
  }

  private void fromQuoteMarks(String text, Quoted q, List<Sentence> sentences, List<Span> paragraphs,
      SpeakerResolver speakers, List<Attribution> attributions, List<Draft> drafts) {
    Sentence sentence = sentenceAt(sentences, q.end() - 1);
    Sentence opening = sentenceAt(sentences, q.begin());
    Attribution a = sentence == null ? null : adjacent.after(sentence, q);
    if (a == null && sentence != null && endsWith(text, sentence, q)) {
      // "“How many times …?” Clinton said.": the splitter ends the sentence at the question mark
      // but not "Caddell continued:" in a paragraph of its own, which introduces the next quote
      Sentence next = sentenceAfter(sentences, sentence);
      boolean attributes = next != null && onlyAnAttribution(next) && !introduces(text, next)
          && paragraphOf(paragraphs, next.span().begin()) == paragraphOf(paragraphs, q.end() - 1);
      a = attributes ? adjacent.after(next, q) : null;
    }
    if (a == null) {
      a = adjacent.dashAfter(text, q);
    }
    boolean cueBefore = false;
    if (a == null && opening != null) {
      a = adjacent.before(opening, q);
      cueBefore = a != null;
      Draft previous = a == null ? null : previousDirect(drafts, q.begin());
      if (previous != null && previous.cue != null && previous.cue.span().equals(a.cue())) {
        // "“…,” Mr. Obama said, “and to say that …”": the second half of the quote he said
        continueWith(previous, text, q, "; continued after the attribution");
        return;
      }
    }
    if (a == null && opening != null && introducedAbove(text, q, opening, sentences, paragraphs)) {
      // "Caddell continued:" as a paragraph of its own, then the quote
      a = adjacent.before(sentenceBefore(sentences, opening), q);
    }
    if (a != null) {
      Draft d = quoted(text, q, QuoteKind.DIRECT, speakers.resolve(a.source(), a.sourceHead()),
          new Cue(a.cue(), a.cue().of(text)), a.rule(), a.confidence());
      Span clause = cueBefore && q.outer().size() == 1 ? clauseAround(text, a.cue(), q, sentence) : null;
      if (clause == null && !cueBefore && q.outer().size() == 1 && opening == sentence) {
        clause = leadIn(text, q, opening);
      }
      if (clause != null) {
        // "said that “…”", "said “budget reforms” would help": the reported clause, quote and all
        d.kind = QuoteKind.PARTIAL;
        d.parts.clear();
        d.parts.add(clause);
      }
      drafts.add(d);
      return;
    }
    if (q.single() || QuoteKinds.looksLikeTerm(text, q)) {
      if (QuoteKinds.isName(text, q)) {
        return;
      }
      drafts.add(quoted(text, q, QuoteKind.TERM, new Speaker.Unknown(), null, "quoted term", 0.7));
      return;
    }
    Draft previous = nearestBefore(drafts, q.begin(), d -> d.kind != QuoteKind.TERM);
    if (previous != null && previous.kind != QuoteKind.DIRECT && continuesReport(previous, q, sentences, paragraphs)) {
      // "… while Kerry negotiates with Russia, Schiff said. “The other factor …”": his report goes on, now in his words
      previous.kind = QuoteKind.PARTIAL;
      continueWith(previous, text, q, "; continued after the attribution");
      return;
    }
    previous = nearestBefore(drafts, q.begin(), d -> d.kind != QuoteKind.TERM);
    if (previous != null && previous.kind == QuoteKind.INDIRECT && runsOnInto(previous, q, sentences)) {
      // "She added that most of the vote seems anti-Trump, which is a problem because, “In the end, …”":
      // the report her cue opened runs on to the end of the quote that closes its sentence
      Span last = previous.parts.remove(previous.parts.size() - 1);
      previous.parts.add(new Span(last.begin(), q.end()));
      previous.words.add(q.words(text));
      previous.kind = QuoteKind.PARTIAL;
      previous.rule = previous.rule + "; running on into a quote";
      return;
    }
    previous = previousDirect(drafts, q.begin());
    if (previous != null && continues(previous, q, sentences, paragraphs, attributions)) {
      boolean sameParagraph = paragraphOf(paragraphs, previous.end() - 1) == paragraphOf(paragraphs, q.begin());
      continueWith(previous, text, q, sameParagraph ? "; continued after the attribution" : "; continued in the next paragraph");
      return;
    }
    drafts.add(quoted(text, q, QuoteKind.DIRECT, new Speaker.Unknown(), null, "quote without attribution", 0.3));
  }

  /**
   * The unquoted words that open a quote's sentence when its attribution follows it: 'The country
   * "has made dramatic changes," she said' reports the whole clause, partly in her words. {@code
   * null} when the quote opens its line or sentence, or what comes before it is a report or quote
   * of its own (a cue verb, "according to", another quotation mark) or introduces it (a colon).
   */
  private Span leadIn(String text, Quoted q, Sentence sentence) {
    // a signature or heading on the line above ("― Jorge Falcon⏎“Maybe …”") is not the quote's
    int lineStart = text.lastIndexOf('\n', q.begin() - 1) + 1;
    Token first = null;
    for (Token t : sentence.tokens()) {
      if (t.begin() < lineStart || t.end() > q.begin()) {
        continue;
      }
      String w = t.text().toLowerCase(Locale.ROOT);
      if (isCueVerb(t) || w.equals("according") || w.equals(":") || CueCandidates.isAnyQuoteMark(t.text())) {
        return null;
      }
      first = first == null ? t : first;
    }
    if (first == null) {
      return null;
    }
    Span lead = edges.trimOpening(new Span(first.begin(), q.end()), sentence.tokens());
    return lead.begin() < q.begin() ? new Span(lead.begin(), q.end()) : null;
  }

  private static boolean isCueVerb(Token t) {
    return t.tag() != null && t.tag().startsWith("VB") && SPEECH.isCue(t.text().toLowerCase(Locale.ROOT));
  }

  /**
   * The clause a quote after its cue belongs to, when it is more than the quote: a "that" before it,
   * words after it in the sentence. {@code null} when the quote is the whole content.
   */
  private static Span clauseAround(String text, Span cue, Quoted q, Sentence sentence) {
    int that = loneThat(text, cue.end(), q);
    int begin = that >= 0 ? that : q.begin();
    int end = q.end();
    if (sentence != null) {
      int last = -1;
      for (Token t : sentence.tokens()) {
        if (t.begin() >= q.end() && !t.text().matches("\\p{Punct}+|[“”‘’«»]")) {
          last = t.end();
        }
      }
      end = Math.max(end, last);
    }
    return begin == q.begin() && end == q.end() ? null : new Span(begin, end);
  }

  /** A draft made of one stretch between quote marks. */
  private static Draft quoted(String text, Quoted q, QuoteKind kind, Speaker speaker, Cue cue, String rule, double confidence) {
    Draft d = new Draft(kind, speaker, cue, rule, confidence);
    d.parts.addAll(q.outer());
    d.words.add(q.words(text));
    return d;
  }

  /** The attributed direct quote nearest before {@code offset}. */
  private static Draft previousDirect(List<Draft> drafts, int offset) {
    return nearestBefore(drafts, offset, d -> d.kind == QuoteKind.DIRECT);
  }

  /** The attributed draft of the kind asked for that ends nearest before {@code offset}. */
  private static Draft nearestBefore(List<Draft> drafts, int offset, Predicate<Draft> kind) {
    Draft best = null;
    for (Draft d : drafts) {
      if (kind.test(d) && d.attributed() && d.end() <= offset && (best == null || d.end() > best.end())) {
        best = d;
      }
    }
    return best;
  }

  /** The quote as the next part of a quote or report already found. */
  private static void continueWith(Draft previous, String text, Quoted q, String how) {
    previous.parts.addAll(q.outer());
    previous.words.add(q.words(text));
    previous.rule = previous.rule + how;
  }

  /**
   * A quote continues a report in other words when the report's attribution comes after its
   * content and the quote follows that attribution at once: in the attribution's own sentence,
   * or opening the next sentence of the same paragraph.
   */
  private static boolean continuesReport(Draft previous, Quoted q, List<Sentence> sentences, List<Span> paragraphs) {
    if (previous.cue == null || previous.cue.span().begin() < previous.end() || previous.cue.span().end() > q.begin()) {
      return false;
    }
    if (paragraphOf(paragraphs, previous.end() - 1) != paragraphOf(paragraphs, q.begin())) {
      return false;
    }
    Sentence attributing = sentenceAt(sentences, previous.cue.span().begin());
    Sentence opening = sentenceAt(sentences, q.begin());
    if (attributing == null || opening == null) {
      return false;
    }
    return opening == attributing
        || opening == sentenceAfter(sentences, attributing) && !opening.tokens().isEmpty()
            && opening.tokens().get(0).begin() == q.begin();
  }

  /**
   * A report whose cue comes first runs on into a quote when the quote opens in the sentence where
   * the report's content stopped, and nothing between them is a cue of its own: the rules stopped
   * the content at a comma ("…, which is a problem because, “…”"), where the writer did not.
   */
  private static boolean runsOnInto(Draft previous, Quoted q, List<Sentence> sentences) {
    if (previous.cue == null || previous.cue.span().end() > previous.begin() || previous.end() > q.begin()) {
      return false;
    }
    Sentence sentence = sentenceAt(sentences, previous.end() - 1);
    if (sentence == null || sentence != sentenceAt(sentences, q.begin())) {
      return false;
    }
    for (Token t : sentence.tokens()) {
      if (t.begin() >= previous.end() && t.end() <= q.begin()
          && (t.text().equals(";") || t.text().equals(":") || isCueVerb(t))) {
        return false;
      }
    }
    return true;
  }

  /** Whether the quote opens a paragraph and the paragraph before it is one sentence that ends in a colon. */
  private static boolean introducedAbove(String text, Quoted q, Sentence opening, List<Sentence> sentences,
      List<Span> paragraphs) {
    int paragraph = paragraphOf(paragraphs, q.begin());
    Sentence before = sentenceBefore(sentences, opening);
    return paragraph > 0 && paragraphs.get(paragraph).begin() == q.begin() && before != null
        && introduces(text, before) && paragraphs.get(paragraph - 1).begin() == before.span().begin();
  }

  private static Sentence sentenceBefore(List<Sentence> sentences, Sentence sentence) {
    int i = sentences.indexOf(sentence);
    return i > 0 ? sentences.get(i - 1) : null;
  }

  /** "Caddell continued:": a sentence that ends in a colon introduces what follows it. */
  private static boolean introduces(String text, Sentence s) {
    String words = text.substring(s.span().begin(), s.span().end()).strip();
    return words.endsWith(":");
  }

  /**
   * A quote continues the one before it when nothing between them reports anyone else's speech,
   * and it is in the same paragraph or opens the next one.
   */
  private static boolean continues(Draft previous, Quoted q, List<Sentence> sentences, List<Span> paragraphs,
      List<Attribution> attributions) {
    int previousParagraph = paragraphOf(paragraphs, previous.end() - 1);
    int paragraph = paragraphOf(paragraphs, q.begin());
    boolean near = paragraph == previousParagraph
        || (paragraph == previousParagraph + 1 && paragraphs.get(paragraph).begin() == q.begin());
    if (!near) {
      return false;
    }
    Sentence attributing = previous.cue == null ? null : sentenceAt(sentences, previous.cue.span().begin());
    for (Attribution a : attributions) {
      boolean between = a.cue().begin() > previous.end() && a.cue().end() <= q.begin();
      if (!between) {
        continue;
      }
      // "…,” said one staffer, who said he left on good terms. “…”": a report inside the
      // attribution's own sentence says who the speaker is, not that someone else speaks next
      boolean itsOwn = previous.cue != null && (previous.cue.span().begin() == a.cue().begin()
          || attributing != null && attributing.span().begin() <= a.cue().begin()
              && a.cue().begin() < attributing.span().end());
      if (!itsOwn) {
        return false;
      }
    }
    return true;
  }

  /** Whether nothing but punctuation follows the quote in its sentence. */
  private static boolean endsWith(String text, Sentence sentence, Quoted q) {
    return q.end() <= sentence.span().end() && text.substring(q.end(), sentence.span().end()).chars()
        .allMatch(c -> Character.isWhitespace(c) || ".!?".indexOf(c) >= 0);
  }

  /**
   * "Clinton said." or "said Clinton, who …": a sentence that reports no content of its own. Short,
   * unless it opens with the verb of speech ("said David Plouffe, the architect of Obama's 2008
   * campaign and a close aide in 2012."), which nothing but an attribution does.
   */
  private static boolean onlyAnAttribution(Sentence s) {
    int limit = !s.tokens().isEmpty() && SPEECH.isSpeech(s.tokens().get(0).text()) ? 40 : 12;
    if (s.tokens().size() > limit) {
      return false;
    }
    return s.tokens().stream().noneMatch(t -> t.text().equalsIgnoreCase("that") || Quoted.isMarkToken(t.text()));
  }

  private static Sentence sentenceAfter(List<Sentence> sentences, Sentence sentence) {
    int i = sentences.indexOf(sentence);
    return i >= 0 && i + 1 < sentences.size() ? sentences.get(i + 1) : null;
  }

  private static Sentence sentenceAt(List<Sentence> sentences, int offset) {
    for (Sentence s : sentences) {
      if (s.span().begin() <= offset && offset < s.span().end()) {
        return s;
      }
    }
    return null;
  }

  private static int paragraphOf(List<Span> paragraphs, int offset) {
    for (int p = 0; p < paragraphs.size(); p++) {
      if (offset < paragraphs.get(p).end()) {
        return p;
      }
    }
    return paragraphs.size() - 1;
  }

  private static List<Quote> finish(String text, List<Draft> drafts) {
    drafts.sort(Comparator.comparingInt(Draft::begin));
    List<Quote> all = new ArrayList<>();
    for (Draft d : drafts) {
      all.add(new Quote("", d.kind, String.join(" … ", d.words), d.parts, d.speaker, d.cue, d.rule, d.confidence));
    }
    List<Quote> quotes = new ArrayList<>();
    for (Quote q : NestedReports.withoutInner(text, RepeatedReports.withoutRepeats(all))) {
      quotes.add(new Quote("q" + (quotes.size() + 1), q.kind(), q.text(), q.parts(), q.speaker(), q.cue(), q.rule(),
          q.confidence()));
    }
    return quotes;
  }
}
