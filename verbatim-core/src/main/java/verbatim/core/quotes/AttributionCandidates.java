package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import verbatim.core.nlp.ParseNeed;

/**
 * The sentences the quote extractor reads an attribution from: those with a cue verb (of speech, of
 * stance, or with its preposition) or "according to" are tagged, and parsed unless their shape is
 * plain enough to read from the tags ({@link ShallowAttributions}). A quote in any other sentence is
 * attributed by the words beside it, which needs neither.
 */
public final class AttributionCandidates implements ParseNeed {
  private final CueLexicon cues = CueLexicon.shared();

  private final ShallowAttributions shallow = new ShallowAttributions();

  @Override
  public boolean needsParse(List<String> words, List<String> tags) {
    return !shallow.readable(words, tags);
  }

  @Override
  public boolean needsTags(List<String> words) {
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (cues.isCue(lower) || lower.equals("according") || ParsedAttributions.STANCE_VERBS.contains(lower)
          || ParsedAttributions.PREPOSITION_CUES.containsKey(lower) || ParsedAttributions.NAMING_VERBS.contains(lower)) {
        return true;
      }
    }
    return false;
  }
}
