package verbatim.core.entities;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import verbatim.core.model.Mention;
import verbatim.core.model.Span;

/**
 * He, him, his, she, her: each joins the nearest person before it in the same sentence whose
 * gender does not contradict it, else the first person (the likely subject) of the nearest earlier
 * sentence within reach. The rule that decided is recorded on the mention.
 */
final class PronounResolver {
  static final String SAME_SENTENCE = "pronoun → nearest person before it in the sentence";
  static final String PREVIOUS_SENTENCE = "pronoun → first person of an earlier sentence";
  /** A pronoun this many sentences after its person is more likely someone unnamed. */
  private static final int REACH = 3;

  private final Map<String, Character> genders = new HashMap<>();

  PronounResolver() {
    for (String line : Resources.lines("pronouns.tsv")) {
      String[] cols = line.split("\t");
      genders.put(cols[0], cols[1].charAt(0));
    }
  }

  void resolve(Tokens tokens, List<PersonCluster> people) {
    for (int s = 0; s < tokens.sentenceCount(); s++) {
      for (int i = 0; i < tokens.size(s); i++) {
        Character gender = genders.get(tokens.word(s, i).toLowerCase(Locale.ROOT));
        if (gender == null) {
          continue;
        }
        Span at = tokens.span(s, i, i + 1);
        PersonCluster sameSentence = nearestBefore(people, tokens, s, at, gender);
        PersonCluster person = sameSentence != null ? sameSentence : subjectOfEarlier(people, tokens, s, at, gender);
        if (person != null) {
          person.mentions.add(new Mention(at, tokens.word(s, i), sameSentence != null ? SAME_SENTENCE : PREVIOUS_SENTENCE));
          person.gender = gender;
        }
      }
    }
    people.forEach(p -> p.mentions.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin())));
  }

  private static PersonCluster nearestBefore(List<PersonCluster> people, Tokens tokens, int s, Span at, char gender) {
    Span sentence = tokens.span(s, 0, tokens.size(s));
    PersonCluster best = null;
    int bestBegin = -1;
    for (PersonCluster p : people) {
      if (!compatible(p, gender)) {
        continue;
      }
      for (Mention m : p.mentions) {
        int b = m.span().begin();
        if (b >= sentence.begin() && b < at.begin() && b > bestBegin && !isPronoun(m)) {
          best = p;
          bestBegin = b;
        }
      }
    }
    return best;
  }

  private static PersonCluster subjectOfEarlier(List<PersonCluster> people, Tokens tokens, int s, Span at, char gender) {
    for (int earlier = s - 1; earlier >= Math.max(0, s - REACH); earlier--) {
      Span sentence = tokens.span(earlier, 0, tokens.size(earlier));
      PersonCluster first = null;
      int firstBegin = Integer.MAX_VALUE;
      for (PersonCluster p : people) {
        for (Mention m : p.mentions) {
          int b = m.span().begin();
          if (b >= sentence.begin() && b < sentence.end() && b < firstBegin && !isPronoun(m) && compatible(p, gender)) {
            first = p;
            firstBegin = b;
          }
        }
      }
      if (first != null) {
        return first;
      }
    }
    return null;
  }

  private static boolean compatible(PersonCluster p, char gender) {
    return p.gender == 0 || p.gender == gender;
  }

  private static boolean isPronoun(Mention m) {
    return m.rule().startsWith("pronoun");
  }
}
