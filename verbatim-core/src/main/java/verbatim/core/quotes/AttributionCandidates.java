package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import verbatim.core.nlp.ParseNeed;

/**
 * The sentences the quote extractor can read an attribution from: those with a cue verb (of speech,
 * of stance, or with its preposition), "according to", a colon, or a quotation mark. Other
 * sentences are left unparsed.
 */
public final class AttributionCandidates implements ParseNeed {
  private static final String MARKS = "\"“”„«»「」『』'‘’‹›`";

  private final CueLexicon cues = CueLexicon.shared();

  @Override
  public boolean needsParse(List<String> words) {
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (cues.isCue(lower) || lower.equals("according") || ParsedAttributions.STANCE_VERBS.contains(lower)
          || ParsedAttributions.PREPOSITION_CUES.containsKey(lower) || lower.equals(":")) {
        return true;
      }
      if (word.length() <= 2 && !word.isEmpty() && MARKS.indexOf(word.charAt(0)) >= 0) {
        return true;
      }
    }
    return false;
  }
}
