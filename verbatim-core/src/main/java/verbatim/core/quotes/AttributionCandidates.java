package verbatim.core.quotes;

import java.util.List;
import java.util.Locale;
import verbatim.core.nlp.ParseNeed;

/**
 * The sentences the quote extractor reads an attribution from: those with a cue verb (of speech, of
 * stance, or with its preposition) or "according to" are tagged, and parsed unless their shape is
 * plain enough to read from the tags ({@link ShallowAttributions}). A cue inside quotation marks (the
 * speaker's own words) or right beside a quote ("“…,” she said", "he said: “…”") and "according to"
 * are read from the words too ({@link AdjacentCues}), so they need no parse either.
 *
 * <p>A learned cue model ({@link LearnedAttributions}) reads every verb and noun, so with one every
 * sentence is tagged ({@link #forLearnedCues()}): on PolNeAR dev one gold cue in six stands in a
 * sentence with none of the rules' cue words, and untagged, the model never saw it.
 */
public final class AttributionCandidates implements ParseNeed {
  /** Cue words whose parse almost never gives a report (measured on PolNeAR train). */
  private static final java.util.Set<String> PARSE_QUIET = WordLists.words("parse-quiet-cues.txt");

  private final CueLexicon cues = CueLexicon.shared();

  private final ShallowAttributions shallow = new ShallowAttributions();

  private final boolean tagEverySentence;

  /** The sentences the rules read: those with a cue word are tagged. */
  public AttributionCandidates() {
    this(false);
  }

  private AttributionCandidates(boolean tagEverySentence) {
    this.tagEverySentence = tagEverySentence;
  }

  /** The sentences the rules and a learned cue model read: every sentence is tagged, the same ones parsed. */
  public static AttributionCandidates forLearnedCues() {
    return new AttributionCandidates(true);
  }

  /**
   * Only a cue word tagged as a verb, or "according to", gives the parse anything to read: "the
   * report", "her support" and "a question" are nouns and need no parse.
   */
  @Override
  public boolean needsParse(List<String> words, List<String> tags) {
    boolean[] quoted = QuotedTokens.inside(words, tags);
    boolean anyQuote = tags.stream().anyMatch(t -> "``".equals(t) || "''".equals(t));
    boolean verbCue = false;
    for (int i = 0; i < words.size() && !verbCue; i++) {
      String tag = tags.get(i);
      String lower = words.get(i).toLowerCase(Locale.ROOT);
      verbCue = tag != null && tag.startsWith("VB") && isCueWord(lower) && !PARSE_QUIET.contains(lower)
          && (anyQuote || !ParsedAttributions.QUOTING_ONLY.contains(lower)) // "including" reports only quoted words
          && !quoted[i] && !QuotedTokens.besideAQuote(words, tags, i);
    }
    return verbCue && !shallow.readable(words, tags);
  }

  @Override
  public boolean needsTags(List<String> words) {
    if (tagEverySentence) {
      return true;
    }
    for (String word : words) {
      String lower = word.toLowerCase(Locale.ROOT);
      if (isCueWord(lower) || lower.equals("according")) {
        return true;
      }
    }
    return false;
  }

  private boolean isCueWord(String lower) {
    return cues.isCue(lower) || ParsedAttributions.STANCE_VERBS.contains(lower) || ParsedAttributions.QUOTING_ONLY.contains(lower)
        || ParsedAttributions.PREPOSITION_CUES.containsKey(lower) || ParsedAttributions.NAMING_VERBS.contains(lower);
  }
}
