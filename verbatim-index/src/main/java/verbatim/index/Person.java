package verbatim.index;

import java.util.List;
import java.util.Objects;
import verbatim.core.model.Role;

/**
 * One person across the corpus.
 *
 * @param key what makes them one person: their normalised full name ({@code kim jong un}), or
 *     {@code ?} and the one name known ({@code ?trump}) for someone never named in full
 * @param name the spelling of their name documents use most
 * @param aliases every other name documents call them, most used first
 * @param roles every role documents give them
 * @param documents how many documents mention them
 * @param quotes how many quotes are attributed to them
 * @param mentions how many times they are mentioned
 */
public record Person(String key, String name, List<String> aliases, List<Role> roles, int documents, int quotes,
    int mentions) {
  public Person {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(name, "name");
    aliases = List.copyOf(aliases);
    roles = List.copyOf(roles);
  }

  /** Whether documents name this person in full; otherwise only a surname or title is known. */
  public boolean named() {
    return !key.startsWith(PersonNames.PARTIAL);
  }
}
