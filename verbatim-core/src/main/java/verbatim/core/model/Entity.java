package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * A person, organisation or place of one document, with every mention of it.
 *
 * @param id stable within the document ("e1", "e2", … in order of first mention)
 * @param name the canonical name (the fullest form the document uses)
 * @param aliases the other names the document uses for it
 * @param roles what the document says the entity is
 * @param tiedTo the id of the entity this one belongs to ("Trump administration" → Donald Trump),
 *     or {@code null}
 * @param mentions in text order
 */
public record Entity(
    String id, String name, EntityType type, List<String> aliases, List<Role> roles, String tiedTo, List<Mention> mentions) {
  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
    mentions = List.copyOf(mentions);
  }
}
