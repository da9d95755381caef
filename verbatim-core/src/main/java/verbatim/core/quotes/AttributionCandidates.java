package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import verbatim.core.nlp.ParseNeed;

/**
 * The sentences the quote extractor reads an attribution from with the parse: those with a cue verb
 * (of speech, of stance, or with its preposition) or "according to". A quote in any other sentence
 * is attributed by the words beside it, which needs no parse.
 */
public final class AttributionCandidates implements ParseNeed {
  private final CueLexicon cues = CueLexicon.shared();

  @Override
  public boolean needsParse(List<String> words) {
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
