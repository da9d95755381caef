package verbatim.core.entities;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The places of {@code places.tsv}, looked up by any of their names or demonyms. Immutable;
 * loaded once.
 */
final class Gazetteer {
  private static final Gazetteer SHARED = load();

  private final Map<String, Place> byName;
  private final Map<String, Place> byDemonym;
  private final int longestName;

  private Gazetteer(List<Place> places) {
    Map<String, Place> names = new HashMap<>();
    Map<String, Place> demonyms = new HashMap<>();
    int longest = 1;
    for (Place place : places) {
      names.put(place.name(), place);
      place.aliases().forEach(alias -> names.put(alias, place));
      place.demonyms().forEach(d -> demonyms.putIfAbsent(d, place));
    }
    for (String n : names.keySet()) {
      longest = Math.max(longest, n.split(" ").length);
    }
    byName = Map.copyOf(names);
    byDemonym = Map.copyOf(demonyms);
    longestName = longest;
  }

  static Gazetteer shared() {
    return SHARED;
  }

  private static Gazetteer load() {
    List<Place> places = new ArrayList<>();
    for (String line : Resources.lines("places.tsv")) {
      String[] cols = line.split("\t", -1);
      if (cols.length != 3) {
        throw new IllegalStateException("places.tsv: expected name<TAB>aliases<TAB>demonyms, got \"" + line + "\"");
      }
      places.add(new Place(cols[0], split(cols[1]), split(cols[2])));
    }
    return new Gazetteer(places);
  }

  private static List<String> split(String column) {
    return column.isBlank() ? List.of() : Arrays.asList(column.split("\\|"));
  }

  /** The place named exactly {@code name} ("U.S.", "DPRK", "North Korea"). */
  Optional<Place> byName(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The place a demonym points to ("Japanese" → Japan). */
  Optional<Place> byDemonym(String word) {
    return Optional.ofNullable(byDemonym.get(word));
  }

  /** A name or a demonym. */
  Optional<Place> byNameOrDemonym(String word) {
    return byName(word).or(() -> byDemonym(word));
  }

  /** The most tokens any place name has ("Democratic People's Republic of Korea" → 5+). */
  int longestName() {
    return longestName;
  }
}
