package verbatim.core.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.EntityType;

/**
 * Rules that find the names a statistical recognizer misses in news text, and correct the types
 * it gets wrong. Each rule names itself on the candidates it makes:
 * <ul>
 *   <li>"known organisation": White House, Pentagon … (a newswire model calls them places);
 *   <li>"name + administration": "Trump administration", "U.S. government";
 *   <li>"gazetteer place": ROK, US, DPRK when the model left them out;
 *   <li>"title + name": "President Trump";
 *   <li>"place's + name": "North Korea's Kim Jong Un";
 *   <li>"said + name": "… said Ban Gil-joo, …";
 *   <li>"organisation head word": "National Diplomatic Academy".
 * </ul>
 */
final class NameRules {
  private static final Set<String> GOVERNMENT_NOUNS = Set.of("administration", "government", "cabinet", "campaign");
  private static final Set<String> SPEECH_VERBS = Set.of("said", "says", "told", "added", "noted", "stressed", "asked", "wrote");
  private static final Set<String> NAME_CONNECTORS = Set.of("of", "for", "on", "and", "de", "du", "von", "van", "bin", "al");
  private static final int MAX_NAME_WORDS = 5;

  private final Gazetteer places = Gazetteer.shared();
  private final Titles titles = Titles.shared();
  private final List<List<String>> organizations =
      Resources.lines("organizations.txt").stream().map(l -> List.of(l.trim().split(" "))).toList();
  private final Set<String> organizationHeads = Set.copyOf(Resources.lines("organization-heads.txt"));

  /** The recognizer's candidates, corrected and completed. */
  List<Candidate> apply(Tokens tokens, List<Candidate> recognized) {
    CandidateSet set = new CandidateSet();
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      knownOrganizations(tokens, s, set);
      governments(tokens, s, set);
    }
    recognized.forEach(c -> set.add(normalized(tokens, c)));
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      peopleByContext(tokens, s, set);
      organizationsByHead(tokens, s, set);
      gazetteerPlaces(tokens, s, set);
    }
    return set.sorted();
  }

  /**
   * A recognizer's mention made whole and typed by what the project knows: a name cut at a hyphen
   * ("Ban Gil" of "Ban Gil-joo") takes the rest of the word; a place of the gazetteer the model
   * called an organisation ("ROK") is a place.
   */
  private Candidate normalized(Tokens tokens, Candidate c) {
    int end = c.end();
    int s = c.sentence();
    while (end + 1 < tokens.size(s) && Words.isHyphen(tokens.word(s, end)) && tokens.touches(s, end)
        && tokens.touches(s, end + 1) && !Words.capitalized(tokens.word(s, end + 1))) {
      end += 2; // "Gil-joo", "Jae-in": a given name's second syllable; "ROK-US" is a pair, not a name
    }
    Candidate whole = end == c.end() ? c : new Candidate(s, c.start(), end, c.type(), c.rule());
    if (whole.type() != EntityType.LOCATION && whole.type() != EntityType.PERSON
        && places.byName(tokens.text(whole)).isPresent()) {
      return whole.as(EntityType.LOCATION, "gazetteer place");
    }
    return whole;
  }

  private void knownOrganizations(Tokens tokens, int s, CandidateSet set) {
    List<String> words = tokens.words(s);
    for (int i = 0; i < words.size(); i++) {
      for (List<String> name : organizations) {
        if (i + name.size() <= words.size() && words.subList(i, i + name.size()).equals(name)) {
          set.force(new Candidate(s, i, i + name.size(), EntityType.ORGANIZATION, "known organisation"));
        }
      }
    }
  }

  private void governments(Tokens tokens, int s, CandidateSet set) {
    List<String> words = tokens.words(s);
    for (int i = 1; i < words.size(); i++) {
      if (GOVERNMENT_NOUNS.contains(words.get(i)) && Words.capitalized(words.get(i - 1))
          && !titles.isTitle(words.get(i - 1)) && i - 1 > 0) {
        set.force(new Candidate(s, i - 1, i + 1, EntityType.ORGANIZATION, "name + administration"));
      }
    }
  }

  private void gazetteerPlaces(Tokens tokens, int s, CandidateSet set) {
    List<String> words = tokens.words(s);
    boolean shouting = lowercaseSentence(words);
    for (int i = 0; i < words.size(); i++) {
      for (int n = Math.min(places.longestName(), words.size() - i); n >= 1; n--) {
        String name = tokens.text(s, i, i + n);
        if (places.byName(name).isEmpty() || (shouting && name.equals("US"))) {
          continue;
        }
        if (set.add(new Candidate(s, i, i + n, EntityType.LOCATION, "gazetteer place"))) {
          i += n - 1;
        }
        break;
      }
    }
  }

  /** "US" is a place in mixed-case text, but "us" shouted in a headline is a pronoun. */
  private static boolean lowercaseSentence(List<String> words) {
    return words.stream().noneMatch(w -> w.chars().anyMatch(Character::isLowerCase));
  }

  private void peopleByContext(Tokens tokens, int s, CandidateSet set) {
    List<String> words = tokens.words(s);
    for (int i = 0; i < words.size(); i++) {
      boolean misread = set.startsOrganizationWithoutHead(s, i, organizationHeads, words);
      if ((set.coversToken(s, i) && !misread) || !Words.capitalized(words.get(i))) {
        continue;
      }
      String rule = personContext(tokens, s, i, set);
      if (rule == null) {
        continue;
      }
      int end = nameEnd(tokens, s, i);
      if (end > i && places.byName(tokens.text(s, i, end)).isEmpty()) {
        Candidate person = new Candidate(s, i, end, EntityType.PERSON, rule);
        if (misread) {
          set.force(person); // "said Ban Gil-joo," is a person, whatever the model thought
        } else {
          set.add(person);
        }
      }
    }
  }

  /** Why the capitalised word at {@code i} starts a person's name, or {@code null}. */
  private String personContext(Tokens tokens, int s, int i, CandidateSet set) {
    List<String> words = tokens.words(s);
    int title = titles.endingAt(words, i);
    if (title > 0 && Words.capitalized(words.get(i - title))) {
      return "title + name";
    }
    if (i >= 2 && Words.possessive(words.get(i - 1)) && !placeBefore(tokens, s, i - 1).isEmpty()) {
      return "place's + name";
    }
    if (i >= 1 && SPEECH_VERBS.contains(words.get(i - 1).toLowerCase(Locale.ROOT))) {
      int end = nameEnd(tokens, s, i);
      boolean closed = end >= words.size() || words.get(end).equals(",") || words.get(end).equals(".");
      return closed && end - i >= 2 ? "said + name" : null;
    }
    return null;
  }

  private String placeBefore(Tokens tokens, int s, int possessive) {
    for (int n = Math.min(places.longestName(), possessive); n >= 1; n--) {
      String name = tokens.text(s, possessive - n, possessive);
      if (places.byName(name).isPresent()) {
        return name;
      }
    }
    return "";
  }

  private void organizationsByHead(Tokens tokens, int s, CandidateSet set) {
    List<String> words = tokens.words(s);
    for (int i = 1; i < words.size(); i++) {
      if (set.coversToken(s, i) || !Words.capitalized(words.get(i))) {
        continue;
      }
      int end = organizationEnd(words, i);
      boolean headed = false;
      for (int j = i; j < end; j++) {
        headed |= organizationHeads.contains(words.get(j));
      }
      if (headed && end - i >= 2) {
        set.add(new Candidate(s, i, end, EntityType.ORGANIZATION, "organisation head word"));
        i = end - 1;
      }
    }
  }

  private static int organizationEnd(List<String> words, int i) {
    int j = i;
    while (j < words.size()) {
      if (Words.capitalized(words.get(j))) {
        j++;
      } else if (NAME_CONNECTORS.contains(words.get(j)) && j + 1 < words.size() && Words.capitalized(words.get(j + 1))) {
        j += 2;
      } else {
        break;
      }
    }
    return j;
  }

  /** The end of a person's name starting at {@code i}: capitalised words, hyphenated given names kept whole. */
  static int nameEnd(Tokens tokens, int s, int i) {
    int j = i;
    int words = 0;
    while (j < tokens.size(s) && words < MAX_NAME_WORDS) {
      String w = tokens.word(s, j);
      if (Words.capitalized(w) && !Words.possessive(w)) {
        j++;
        words++;
      } else if (Words.isHyphen(w) && j > i && j + 1 < tokens.size(s) && tokens.touches(s, j) && tokens.touches(s, j + 1)) {
        j += 2; // "Gil" "-" "joo"
      } else {
        break;
      }
    }
    return j;
  }
}
