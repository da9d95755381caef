package verbatim.core.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import verbatim.core.model.EntityType;
import verbatim.core.model.Role;

/**
 * The roles a text states for a person at one mention: pre-modifiers ("former Japanese Prime
 * Minister", "U.S. President", "North Korea's") and an apposition after the name ("Ban Gil-joo,
 * assistant professor at the National Diplomatic Academy").
 */
final class RoleReader {
  private static final int MAX_APPOSITION_WORDS = 12;
  private static final Set<String> ARTICLES = Set.of("a", "an", "the");

  private final Gazetteer places = Gazetteer.shared();
  private final Titles titles = Titles.shared();

  List<Role> roles(Tokens tokens, Candidate person, List<Candidate> all) {
    List<Role> roles = new ArrayList<>();
    premodifier(tokens, person).ifPresent(roles::add);
    apposition(tokens, person, all).ifPresent(roles::add);
    return roles;
  }

  private Optional<Role> premodifier(Tokens tokens, Candidate person) {
    int s = person.sentence();
    List<String> words = tokens.words(s);
    int i = person.start();
    String title = null;
    int titleLength = titles.endingAt(words, i);
    if (titleLength > 0) {
      title = tokens.text(s, i - titleLength, i);
      i -= titleLength;
    }
    String country = null;
    if (i >= 2 && Words.possessive(words.get(i - 1))) {
      country = placeEndingAt(tokens, s, i - 1);
      if (country != null) {
        i -= 1 + placeLength(tokens, s, i - 1);
      }
    } else {
      country = placeEndingAt(tokens, s, i);
      if (country != null) {
        i -= placeLength(tokens, s, i);
      }
    }
    boolean former = i >= 1 && words.get(i - 1).toLowerCase(Locale.ROOT).equals("former");
    if (title == null && country == null) {
      return Optional.empty();
    }
    return Optional.of(new Role(title, null, country, former));
  }

  /** The canonical place named (or meant by a demonym) by the words ending at {@code end}. */
  private String placeEndingAt(Tokens tokens, int s, int end) {
    int n = placeLength(tokens, s, end);
    return n == 0 ? null : places.byNameOrDemonym(tokens.text(s, end - n, end)).map(Place::name).orElse(null);
  }

  private int placeLength(Tokens tokens, int s, int end) {
    for (int n = Math.min(places.longestName(), end); n >= 1; n--) {
      if (places.byNameOrDemonym(tokens.text(s, end - n, end)).isPresent()) {
        return n;
      }
    }
    return 0;
  }

  /** ", [a|the] TITLE [at|of] [the] ORGANISATION" right after the name. */
  private Optional<Role> apposition(Tokens tokens, Candidate person, List<Candidate> all) {
    int s = person.sentence();
    List<String> words = tokens.words(s);
    int i = person.end();
    if (i >= words.size() || !words.get(i).equals(",")) {
      return Optional.empty();
    }
    i++;
    if (i < words.size() && ARTICLES.contains(words.get(i).toLowerCase(Locale.ROOT))) {
      i++;
    }
    int titleStart = i;
    int titleLength = titles.startingAt(words, i);
    if (titleLength == 0) {
      return Optional.empty();
    }
    String title = tokens.text(s, titleStart, titleStart + titleLength);
    i += titleLength;
    String organization = null;
    String country = null;
    if (i < words.size() && (words.get(i).equals("at") || words.get(i).equals("of") || words.get(i).equals("for"))) {
      i++;
      if (i < words.size() && words.get(i).equalsIgnoreCase("the")) {
        i++;
      }
      final int at = i;
      Optional<Candidate> named = all.stream()
          .filter(c -> c.sentence() == s && c.start() == at && at - person.end() <= MAX_APPOSITION_WORDS).findFirst();
      if (named.isPresent() && named.get().type() == EntityType.LOCATION) {
        country = places.byName(tokens.text(named.get())).map(Place::name).orElse(tokens.text(named.get()));
      } else if (named.isPresent()) {
        organization = tokens.text(named.get());
      }
    }
    return Optional.of(new Role(title, organization, country, false));
  }
}
