package verbatim.core.entities;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.nlp.EntityMention;
import verbatim.core.nlp.Sentence;

/**
 * One document's mentions to one entity per person, organisation and place. Stateless and
 * thread-safe: every call links one document from scratch.
 */
public final class EntityLinker {
  static final String RECOGNIZER = "recognizer";

  private final NameRules rules = new NameRules();
  private final PersonClusterer clusterer = new PersonClusterer();
  private final PronounResolver pronouns = new PronounResolver();
  private final Gazetteer places = Gazetteer.shared();

  public List<Entity> link(String text, List<Sentence> sentences, List<EntityMention> recognized) {
    Tokens tokens = new Tokens(text, sentences);
    List<Candidate> fromRecognizer = new ArrayList<>();
    for (EntityMention m : recognized) {
      Candidate c = tokens.range(m.span(), m.type(), RECOGNIZER);
      if (c != null) {
        fromRecognizer.add(c);
      }
    }
    List<Candidate> candidates = rules.apply(tokens, fromRecognizer);
    List<PersonCluster> people = clusterer.cluster(tokens, candidates);
    people.forEach(p -> p.mentions.sort(Comparator.comparingInt(m -> m.span().begin())));
    pronouns.resolve(tokens, people);
    List<Draft> drafts = new ArrayList<>();
    people.forEach(p -> drafts.add(new Draft(p.name, EntityType.PERSON, p.mentions, List.copyOf(p.roles))));
    drafts.addAll(others(tokens, candidates));
    return build(drafts, people);
  }

  /** Places grouped by their canonical name, organisations and other names by their text. */
  private List<Draft> others(Tokens tokens, List<Candidate> candidates) {
    Map<String, Draft> byKey = new LinkedHashMap<>();
    for (Candidate c : candidates) {
      if (c.type() == EntityType.PERSON) {
        continue;
      }
      String written = tokens.text(c);
      if (c.type() == EntityType.MISC && places.byDemonym(written).isPresent()) {
        continue; // "Japanese" says where a person is from: a role, not an entity
      }
      String name = c.type() == EntityType.LOCATION ? places.byName(written).map(Place::name).orElse(written) : written;
      Draft draft = byKey.computeIfAbsent(c.type() + "\u0000" + name, k -> new Draft(name, c.type(), new ArrayList<>(), List.of()));
      draft.mentions().add(new Mention(tokens.span(c), written, c.rule().equals(RECOGNIZER) ? mentionRule(c, name, written) : c.rule()));
    }
    return new ArrayList<>(byKey.values());
  }

  private static String mentionRule(Candidate c, String name, String written) {
    return name.equals(written) ? "name" : "alias";
  }

  private List<Entity> build(List<Draft> drafts, List<PersonCluster> people) {
    drafts.sort(Comparator.comparingInt(d -> d.mentions().get(0).span().begin()));
    Map<Draft, String> ids = new LinkedHashMap<>();
    for (Draft d : drafts) {
      ids.put(d, "e" + (ids.size() + 1));
    }
    List<Entity> entities = new ArrayList<>();
    for (Draft d : drafts) {
      Set<String> aliases = new LinkedHashSet<>();
      d.mentions().stream().filter(m -> !m.rule().startsWith("pronoun")).map(Mention::text)
          .filter(t -> !t.equals(d.name())).forEach(aliases::add);
      String tiedTo = d.type() == EntityType.ORGANIZATION ? tiedTo(d, drafts, ids) : null;
      entities.add(new Entity(ids.get(d), d.name(), d.type(), List.copyOf(aliases), d.roles(), tiedTo, d.mentions()));
    }
    return entities;
  }

  /** "Trump administration" belongs to the person whose surname it starts with, "U.S. government" to the place. */
  private String tiedTo(Draft org, List<Draft> drafts, Map<Draft, String> ids) {
    List<String> parts = PersonNames.parts(org.name());
    if (parts.size() != 2 || !org.mentions().get(0).rule().equals("name + administration")) {
      return null;
    }
    String owner = parts.get(0);
    Optional<Draft> person = drafts.stream()
        .filter(d -> d.type() == EntityType.PERSON && (PersonNames.surname(d.name()).equals(owner) || d.name().equals(owner)))
        .findFirst();
    if (person.isPresent()) {
      return ids.get(person.get());
    }
    String place = places.byName(owner).map(Place::name).orElse(owner);
    return drafts.stream().filter(d -> d.type() == EntityType.LOCATION && d.name().equals(place))
        .findFirst().map(ids::get).orElse(null);
  }

  /** An entity being assembled. Identity matters: two drafts never merge. */
  private static final class Draft {
    private final String name;
    private final EntityType type;
    private final List<Mention> mentions;
    private final List<verbatim.core.model.Role> roles;

    Draft(String name, EntityType type, List<Mention> mentions, List<verbatim.core.model.Role> roles) {
      this.name = name;
      this.type = type;
      this.mentions = mentions;
      this.roles = roles;
    }

    String name() {
      return name;
    }

    EntityType type() {
      return type;
    }

    List<Mention> mentions() {
      return mentions;
    }

    List<verbatim.core.model.Role> roles() {
      return roles;
    }
  }
}
