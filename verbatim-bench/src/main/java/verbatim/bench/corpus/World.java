package verbatim.bench.corpus;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.SplittableRandom;
import verbatim.core.model.Role;

/**
 * The fixed cast of the synthetic news, built from a seed: people (a few in every other story, most
 * rarely met), organisations, places and the outlets that publish. The same seed gives the same world.
 */
final class World {
  /** Someone the news quotes; {@code title} and {@code affiliation} may be {@code null}. */
  record Person(String first, String last, boolean female, String title, String affiliation, String country) {
    String fullName() {
      return first + " " + last;
    }

    /** What a story says the person is, or {@code null}. */
    Role role() {
      return title == null ? null : new Role(title, affiliation, country, false);
    }
  }

  /** A publisher: its domain, its name and the zone its dates are printed in. */
  record Outlet(String domain, String name, ZoneId zone) {}

  private final List<Person> people;
  private final List<String> organisations;
  private final List<String> places;
  private final List<Outlet> outlets;
  private final Zipf personRank;
  private final Zipf organisationRank;
  private final Zipf placeRank;
  private final Zipf outletRank;

  private World(List<Person> people, List<String> organisations, List<String> places, List<Outlet> outlets) {
    this.people = people;
    this.organisations = organisations;
    this.places = places;
    this.outlets = outlets;
    this.personRank = new Zipf(people.size(), 1.0);
    this.organisationRank = new Zipf(organisations.size(), 0.9);
    this.placeRank = new Zipf(places.size(), 0.8);
    this.outletRank = new Zipf(outlets.size(), 0.7);
  }

  static World of(long seed, int peopleCount, int organisationCount, int outletCount) {
    SplittableRandom random = new SplittableRandom(seed);
    List<String> places = shuffled(Words.PLACES, random);
    List<String> organisations = organisations(organisationCount, places, random);
    return new World(people(peopleCount, organisations, places, random), organisations, places,
        outlets(outletCount, random));
  }

  Person person(SplittableRandom random) {
    return people.get(personRank.next(random));
  }

  String organisation(SplittableRandom random) {
    return organisations.get(organisationRank.next(random));
  }

  String place(SplittableRandom random) {
    return places.get(placeRank.next(random));
  }

  Outlet outlet(SplittableRandom random) {
    return outlets.get(outletRank.next(random));
  }

  /** The person of rank {@code rank}: 0 is the most quoted. */
  Person personRanked(int rank) {
    return people.get(rank);
  }

  String organisationRanked(int rank) {
    return organisations.get(rank);
  }

  List<Outlet> outlets() {
    return outlets;
  }

  int peopleCount() {
    return people.size();
  }

  private static List<Person> people(int count, List<String> organisations, List<String> places,
      SplittableRandom random) {
    int combinations = (Words.FEMALE_NAMES.size() + Words.MALE_NAMES.size()) * Words.LAST_NAMES.size();
    if (count > combinations / 2) {
      throw new IllegalArgumentException(count + " people are more than the names allow (" + combinations / 2 + ")");
    }
    Set<String> taken = new LinkedHashSet<>();
    List<Person> out = new ArrayList<>(count);
    while (out.size() < count) {
      boolean female = random.nextBoolean();
      List<String> firsts = female ? Words.FEMALE_NAMES : Words.MALE_NAMES;
      String first = pick(firsts, random);
      String last = pick(Words.LAST_NAMES, random);
      if (!taken.add((first + " " + last).toLowerCase(Locale.ROOT))) {
        continue;
      }
      // two in three have a title a story can give them
      String title = random.nextInt(3) == 0 ? null : pick(Words.TITLES, random);
      String affiliation = title == null || random.nextBoolean() ? null : pick(organisations, random);
      String country = title == null ? null : pick(places, random);
      out.add(new Person(first, last, female, title, affiliation, country));
    }
    return out;
  }

  private static List<String> organisations(int count, List<String> places, SplittableRandom random) {
    Set<String> names = new LinkedHashSet<>();
    while (names.size() < count) {
      String place = pick(places, random);
      String industry = pick(Words.INDUSTRIES, random);
      switch (random.nextInt(7)) {
        case 0 -> names.add(place + " " + industry + " Association");
        case 1 -> names.add(pick(Words.LAST_NAMES, random) + " " + industry + " Group");
        case 2 -> names.add("National " + industry + " Agency of " + place);
        case 3 -> names.add("University of " + place);
        case 4 -> names.add(place + " Central Bank");
        case 5 -> names.add(industry + " Workers Union of " + place);
        default -> names.add(place + " Port Authority");
      }
    }
    return shuffled(List.copyOf(names), random);
  }

  private static List<Outlet> outlets(int count, SplittableRandom random) {
    Set<String> taken = new LinkedHashSet<>();
    List<Outlet> out = new ArrayList<>();
    int possible = Words.OUTLET_PREFIXES.size() * Words.OUTLET_SUFFIXES.size();
    if (count > possible) {
      throw new IllegalArgumentException(count + " outlets are more than the names allow (" + possible + ")");
    }
    while (out.size() < count) {
      String prefix = pick(Words.OUTLET_PREFIXES, random);
      String suffix = pick(Words.OUTLET_SUFFIXES, random);
      if (taken.add(prefix + suffix)) {
        out.add(new Outlet(prefix + "-" + suffix + ".example", capital(prefix) + " " + capital(suffix),
            ZoneId.of(pick(Words.ZONES, random))));
      }
    }
    return out;
  }

  static String pick(List<String> words, SplittableRandom random) {
    return words.get(random.nextInt(words.size()));
  }

  static String capital(String word) {
    return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  private static List<String> shuffled(List<String> in, SplittableRandom random) {
    List<String> out = new ArrayList<>(in);
    for (int i = out.size() - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      String t = out.get(i);
      out.set(i, out.get(j));
      out.set(j, t);
    }
    return out;
  }
}
