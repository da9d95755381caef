package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/**
 * The words that name a source, to a {@link Speaker}: by the head noun first (a statement speaks
 * for its issuers, "some" is a group, "a senior official" is anonymous even when an organisation
 * is named inside), then by the linked entity the words mention (a pronoun the entity linker
 * resolved included).
 */
final class SpeakerResolver {
  private static final Set<String> PLURAL_PRONOUNS = Set.of("they", "we", "them", "us");

  private final SpeakerWords words = SpeakerWords.shared();
  private final List<Entity> entities;
  private final String text;

  SpeakerResolver(String text, List<Entity> entities) {
    this.text = text;
    this.entities = List.copyOf(entities);
  }

  /**
   * @param source the words naming the source
   * @param head the head word's span inside it (the noun the phrase is about)
   */
  Speaker resolve(Span source, Span head) {
    String headWord = head.of(text);
    String lower = headWord.toLowerCase(Locale.ROOT);
    Entity atHead = entityAt(head);
    if (atHead != null && (atHead.type() == EntityType.PERSON || atHead.type() == EntityType.ORGANIZATION)) {
      return new Speaker.Named(atHead.id(), atHead.name(), source);
    }
    if (words.is("document", lower)) {
      return new Speaker.Issued(source.of(text).substring(0, head.end() - source.begin()).replaceFirst("(?i)^(the|a|an) ", ""),
          issuersIn(source, head), source);
    }
    if (words.is("group", lower) && !lower.equals("officials") && !lower.equals("sources") || PLURAL_PRONOUNS.contains(lower)) {
      return new Speaker.Group(source.of(text), source);
    }
    if (words.is("anonymous", lower)) {
      return anonymous(source, lower);
    }
    if (atHead != null) {
      return new Speaker.Named(atHead.id(), atHead.name(), source);
    }
    Entity inside = personInside(source);
    if (inside != null) {
      return new Speaker.Named(inside.id(), inside.name(), source);
    }
    return new Speaker.Anonymous(source.of(text), null, null, headWord, source);
  }

  private Speaker anonymous(Span source, String role) {
    String description = source.of(text);
    String rank = null;
    for (String word : description.split("\\s+")) {
      if (words.is("rank", word)) {
        rank = word.toLowerCase(Locale.ROOT);
        break;
      }
    }
    String affiliation = null;
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && mentionInside(e, source) != null) {
        affiliation = e.name();
        break;
      }
    }
    return new Speaker.Anonymous(description, rank, affiliation, role, source);
  }

  private List<String> issuersIn(Span source, Span head) {
    List<String> issuers = new ArrayList<>();
    for (Entity e : entities) {
      Mention m = mentionInside(e, source);
      if (m != null && m.span().begin() >= head.end()) {
        issuers.add(e.id());
      }
    }
    return issuers;
  }

  private Entity entityAt(Span head) {
    for (Entity e : entities) {
      for (Mention m : e.mentions()) {
        if (m.span().begin() <= head.begin() && head.end() <= m.span().end()) {
          return e;
        }
      }
    }
    return null;
  }

  private Entity personInside(Span source) {
    for (Entity e : entities) {
      if (e.type() == EntityType.PERSON && mentionInside(e, source) != null) {
        return e;
      }
    }
    return null;
  }

  private static Mention mentionInside(Entity e, Span source) {
    for (Mention m : e.mentions()) {
      if (m.span().begin() >= source.begin() && m.span().end() <= source.end()) {
        return m;
      }
    }
    return null;
  }
}
