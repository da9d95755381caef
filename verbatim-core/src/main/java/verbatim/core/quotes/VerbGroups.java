package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * A cue as PolNeAR marks it: the whole verb group, its auxiliaries and the adverbs before and among
 * them included ("has said", "has repeatedly cited", "is expected", "later told"). The cue model
 * scores words one at a time, and on dev it took an auxiliary for a cue of its own 44 times ("Trump
 * [has] called …"): such a report named no speaker, since the subject hangs on the main verb, and it
 * doubled the main verb's report when that was found too. The rules' cues hold their auxiliaries
 * already, but not the adverbs before them, which PolNeAR's train split takes into the cue about
 * 900 times and leaves out about 100.
 */
public final class VerbGroups {
  private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "having", "is", "are", "was", "were",
      "be", "been", "being", "am", "'s", "'re", "'ve", "'d", "'m", "do", "does", "did", "will", "would", "shall",
      "should", "can", "could", "may", "might", "must", "wo", "ca");
  /** How far past an auxiliary its main verb is looked for: "has [not yet publicly] said". */
  private static final int REACH = 4;

  private VerbGroups() {}

  /** A word taken for a cue, with the model's probability. */
  public record Scored(CueCandidates.Candidate candidate, double p) {}

  /**
   * The chosen words as verb groups, one report per group, in the order its first word was chosen;
   * a group scores as its likeliest word.
   *
   * @param all every candidate of the document, the chosen ones among them
   */
  public static List<Scored> of(List<Scored> chosen, List<CueCandidates.Candidate> all) {
    Map<Integer, CueCandidates.Candidate> candidateAt = byBegin(all);
    Map<Integer, Scored> groups = new LinkedHashMap<>();
    for (Scored s : chosen) {
      CueCandidates.Candidate group = of(s.candidate(), candidateAt);
      if (group != null) {
        groups.merge(group.span().end(), new Scored(group, s.p()), (a, b) -> a.p() >= b.p() ? a : b);
      }
    }
    return new ArrayList<>(groups.values());
  }

  /** The candidates by the offset each one's word begins at. */
  public static Map<Integer, CueCandidates.Candidate> byBegin(List<CueCandidates.Candidate> all) {
    Map<Integer, CueCandidates.Candidate> out = new HashMap<>();
    for (CueCandidates.Candidate c : all) {
      out.put(c.span().begin(), c);
    }
    return out;
  }

  /**
   * The verb group of a chosen word, as the candidate of its main verb with the group's span; the
   * word itself when it is no auxiliary or governs no verb ("is" as the verb of a sentence).
   * {@code null} when the main verb is no candidate: it is a cue the rules found.
   *
   * @param candidateAt every candidate of the document by the offset its word begins at
   */
  public static CueCandidates.Candidate of(CueCandidates.Candidate chosen, Map<Integer, CueCandidates.Candidate> candidateAt) {
    List<Token> tokens = chosen.sentence().tokens();
    int main = mainVerb(tokens, chosen.index());
    CueCandidates.Candidate verb = main == chosen.index() ? chosen : candidateAt.get(tokens.get(main).begin());
    if (verb == null) {
      return null;
    }
    int first = main;
    while (first > 0 && (isAuxiliary(tokens.get(first - 1)) || isAdverb(tokens.get(first - 1)))) {
      first--;
    }
    Span span = new Span(tokens.get(first).begin(), tokens.get(main).end());
    return new CueCandidates.Candidate(verb.sentence(), main, span, verb.features());
  }

  /**
   * The cue with the adverbs right before it ("[later] said", "[also] told"), when it opens with a
   * verb; the cue itself otherwise. Two binary searches: for its sentence, then its first word.
   *
   * @param sentences the document's sentences in text order
   */
  public static Span withAdverbsBefore(Span cue, List<Sentence> sentences) {
    int lo = 0;
    int hi = sentences.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sentences.get(mid).span().begin() <= cue.begin()) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    if (lo == 0) {
      return cue;
    }
    List<Token> tokens = sentences.get(lo - 1).tokens();
    int first = tokenAt(tokens, cue.begin());
    if (first < 0 || tokens.get(first).tag() == null || !tokens.get(first).tag().startsWith("VB")) {
      return cue;
    }
    while (first > 0 && isAdverb(tokens.get(first - 1))) {
      first--;
    }
    return new Span(tokens.get(first).begin(), cue.end());
  }

  /** The token beginning at {@code offset}, by binary search, or -1. */
  private static int tokenAt(List<Token> tokens, int offset) {
    int lo = 0;
    int hi = tokens.size() - 1;
    while (lo <= hi) {
      int mid = (lo + hi) >>> 1;
      int begin = tokens.get(mid).begin();
      if (begin == offset) {
        return mid;
      } else if (begin < offset) {
        lo = mid + 1;
      } else {
        hi = mid - 1;
      }
    }
    return -1;
  }

  private static int mainVerb(List<Token> tokens, int i) {
    if (!isAuxiliary(tokens.get(i))) {
      return i;
    }
    for (int k = i + 1; k < tokens.size() && k <= i + REACH; k++) {
      Token t = tokens.get(k);
      if (t.tag() != null && t.tag().startsWith("VB") && !isAuxiliary(t)) {
        return k;
      }
      if (!isAuxiliary(t) && !isAdverb(t)) {
        break;
      }
    }
    return i;
  }

  private static boolean isAuxiliary(Token t) {
    return t.tag() != null && (t.tag().startsWith("VB") || t.tag().equals("MD"))
        && AUXILIARIES.contains(t.text().toLowerCase(Locale.ROOT));
  }

  private static boolean isAdverb(Token t) {
    return t.tag() != null && t.tag().startsWith("RB");
  }
}
