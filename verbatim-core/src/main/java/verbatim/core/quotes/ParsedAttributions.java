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
      "mentioned", "predict", "predicted", "propose", "proposed", "want", "wants", "wanted");
  private static final Set<String> HANGING_RELATIONS = Set.of("advcl", "xcomp", "dep", "conj", "parataxis", "ccomp");
  private static final Set<String> PUNCTUATION = Set.of(",", ".", ";", ":", "--", "—", "–", "-", "!", "?", "(", ")");

  private final CueLexicon cues = CueLexicon.shared();

  List<Attribution> find(Sentence sentence) {
    Parse parse = new Parse(sentence);
    List<Attribution> found = new ArrayList<>();
    if (!parse.parsed()) {
      return found;
    }
    for (int v = 0; v < parse.size(); v++) {
      String tag = parse.token(v).tag();
      if (tag != null && tag.startsWith("VB") && cues.isCue(parse.token(v).text())) {
        Attribution a = fromVerb(parse, v);
        if (a != null) {
          found.add(a);
        }
      }
    }
    accordingTo(parse, found);
    return found;
  }

  private Attribution fromVerb(Parse parse, int v) {
    int content = parse.child(v, "ccomp");
    String word = parse.token(v).text().toLowerCase(Locale.ROOT);
    String rule = "cue verb + subject + clause";
    if (content < 0 && OBJECT_CONTENT_VERBS.contains(word)) {
      content = parse.child(v, "obj");
      rule = "cue verb + subject + object";
    }
    if (content < 0) {
      content = parse.child(v, "xcomp");
      rule = "cue verb + subject + infinitive";
      if (content >= 0 && !"TO".equals(firstTag(parse, content))) {
        content = -1;
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
    if (subject < 0) {
      return null;
    }
    Span contentSpan = trimmed(parse, content, v);
    Span source = trimmed(parse, subject, -1);
    if (contentSpan == null || source == null) {
      return null;
    }
    double confidence = cues.isSpeech(word) ? 0.8 : 0.6;
    return new Attribution(cueSpan(parse, v), source, parse.token(subject).span(), List.of(contentSpan), rule, confidence);
  }

  private static String firstTag(Parse parse, int head) {
    int[] range = parse.subtree(head);
    return parse.token(range[0]).tag();
  }

  /** The verb with the auxiliaries and negation right before it and its particle: "don't like", "pointed out". */
  private static Span cueSpan(Parse parse, int v) {
    int first = v;
    int last = v;
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
    while (first <= last && PUNCTUATION.contains(parse.token(first).text())) {
      first++;
    }
    while (last >= first && PUNCTUATION.contains(parse.token(last).text())) {
      last--;
    }
    return first > last ? null : parse.span(first, last);
  }

  private boolean isOwnReport(Parse parse, int c) {
    String tag = parse.token(c).tag();
    return tag != null && tag.startsWith("VB") && cues.isCue(parse.token(c).text())
        && HANGING_RELATIONS.contains(parse.relation(c));
  }

  /** "According to X, CONTENT." and "CONTENT, according to X." */
  private static void accordingTo(Parse parse, List<Attribution> found) {
    for (int i = 0; i + 2 < parse.size(); i++) {
      if (!parse.token(i).text().equalsIgnoreCase("according") || !parse.token(i + 1).text().equals("to")) {
        continue;
      }
      int sourceEnd = i + 2;
      while (sourceEnd < parse.size() && !PUNCTUATION.contains(parse.token(sourceEnd).text())) {
        sourceEnd++;
      }
      if (sourceEnd == i + 2) {
        continue;
      }
      Span source = parse.span(i + 2, sourceEnd - 1);
      Span cue = parse.span(i, i + 1);
      int contentFirst = i == 0 ? sourceEnd + 1 : 0;
      int contentLast = i == 0 ? parse.size() - 1 : i - 1;
      while (contentLast >= contentFirst && PUNCTUATION.contains(parse.token(contentLast).text())) {
        contentLast--;
      }
      if (contentFirst <= contentLast) {
        found.add(new Attribution(cue, source, parse.token(sourceEnd - 1).span(),
            List.of(parse.span(contentFirst, contentLast)), "according to", 0.8));
      }
    }
  }
}
