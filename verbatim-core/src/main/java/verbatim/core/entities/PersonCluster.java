package verbatim.core.entities;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import verbatim.core.model.Mention;
import verbatim.core.model.Role;

/** The mentions of one person while a document is being linked. */
final class PersonCluster {
  String name;
  final List<Mention> mentions = new ArrayList<>();
  final Set<Role> roles = new LinkedHashSet<>();
  /** 'm', 'f', or 0 when no pronoun has told yet. */
  char gender;
  int firstSentence;
  int lastSentence;

  PersonCluster(String name, int sentence) {
    this.name = name;
    this.firstSentence = sentence;
    this.lastSentence = sentence;
  }

  String surname() {
    return PersonNames.surname(name);
  }

  boolean fullName() {
    return PersonNames.parts(name).size() > 1;
  }

  /** Whether a one-word name refers to this person: its surname, or its only name. */
  boolean answersTo(String word) {
    return surname().equals(word) || name.equals(word);
  }
}
