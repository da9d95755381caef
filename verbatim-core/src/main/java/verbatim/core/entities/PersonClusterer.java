package verbatim.core.entities;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Role;

/**
 * Groups the person mentions of a document: a full name opens (or completes) a person; a lone
 * surname joins the most recent person it names; a title + surname does the same and says so.
 * Two people who share a surname stay two people; the surname goes to the most recent.
 */
final class PersonClusterer {
  private final RoleReader roles = new RoleReader();
  private final Titles titles = Titles.shared();

  List<PersonCluster> cluster(Tokens tokens, List<Candidate> candidates) {
    List<PersonCluster> people = new ArrayList<>();
    for (Candidate c : candidates) {
      if (c.type() != EntityType.PERSON) {
        continue;
      }
      String name = tokens.text(c);
      PersonCluster person = PersonNames.parts(name).size() > 1 ? byFullName(people, name, c) : bySurname(people, name, c);
      boolean titled = titles.endingAt(tokens.words(c.sentence()), c.start()) > 0;
      String rule = PersonNames.parts(name).size() > 1 ? "full name"
          : titled ? "title + surname" : person.fullName() ? "surname" : "single name";
      person.mentions.add(new Mention(tokens.span(c), name, rule + via(c)));
      person.roles.addAll(roles.roles(tokens, c, candidates));
      person.lastSentence = c.sentence();
    }
    people.forEach(PersonClusterer::dropLesserRoles);
    return people;
  }

  /** "President" adds nothing once "U.S. President" is known: a role every part of which another role has goes. */
  private static void dropLesserRoles(PersonCluster person) {
    List<Role> all = new ArrayList<>(person.roles);
    person.roles.removeIf(r -> all.stream().anyMatch(other -> other != r && !other.equals(r) && covers(other, r)));
  }

  private static boolean covers(Role big, Role small) {
    return same(big.title(), small.title()) && same(big.organization(), small.organization())
        && same(big.country(), small.country()) && big.former() == small.former();
  }

  /** {@code small} is absent or equal to {@code big}. */
  private static boolean same(String big, String small) {
    return small == null || small.equalsIgnoreCase(big == null ? "" : big);
  }

  /** The recognizer's finds need no explanation; a rule's do, unless the rule name already says it. */
  private static String via(Candidate c) {
    return c.rule().equals(EntityLinker.RECOGNIZER) || c.rule().equals("title + name") ? "" : " (found by " + c.rule() + ")";
  }

  private static PersonCluster byFullName(List<PersonCluster> people, String name, Candidate c) {
    String key = PersonNames.key(name);
    for (PersonCluster p : people) {
      if (PersonNames.key(p.name).equals(key)) {
        return p;
      }
    }
    // "Trump" seen first, "Donald Trump" later: the earlier mentions were his
    String surname = PersonNames.surname(name);
    for (int i = people.size() - 1; i >= 0; i--) {
      PersonCluster p = people.get(i);
      if (!p.fullName() && p.name.equals(surname)) {
        p.name = name;
        return p;
      }
    }
    PersonCluster created = new PersonCluster(name, c.sentence());
    people.add(created);
    return created;
  }

  private static PersonCluster bySurname(List<PersonCluster> people, String word, Candidate c) {
    PersonCluster best = null;
    for (PersonCluster p : people) {
      if (p.answersTo(word) && (best == null || p.lastSentence >= best.lastSentence)) {
        best = p;
      }
    }
    if (best != null) {
      return best;
    }
    PersonCluster created = new PersonCluster(word, c.sentence());
    people.add(created);
    return created;
  }
}
