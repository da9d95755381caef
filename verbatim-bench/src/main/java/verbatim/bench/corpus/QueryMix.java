package verbatim.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import verbatim.index.QuoteQuery;
import verbatim.index.SearchQuery;

/**
 * The fixed mix of queries the benchmark times, drawn from the synthetic world with a seed of its
 * own: searches by one word, two words, a phrase, a word within a month, and a facet filter alone
 * (an outlet or a speaker); quotes by speaker, by speaker and what they spoke about, and by words.
 * People are drawn as often as the articles quote them, so the famous are asked about most.
 */
final class QueryMix {
  static final List<String> SEARCH_KINDS = List.of("one word", "two words", "phrase", "word + month",
      "facet filter");
  static final List<String> QUOTE_KINDS = List.of("by speaker", "speaker + about", "by words");

  /** A query and the kind it stands for in the report. */
  record Labelled<Q>(String kind, Q query) {}

  private QueryMix() {}

  static List<Labelled<SearchQuery>> searches(World world, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Labelled<SearchQuery>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String kind = SEARCH_KINDS.get(i % SEARCH_KINDS.size());
      String noun = World.pick(Words.NOUNS, random);
      String adjective = World.pick(Words.ADJECTIVES, random);
      SearchQuery q = switch (kind) {
        case "one word" -> SearchQuery.text(noun);
        case "two words" -> SearchQuery.text(adjective + " " + noun);
        case "phrase" -> SearchQuery.text("\"" + adjective + " " + noun + "\"");
        case "word + month" -> {
          LocalDate from = Reporter.FIRST_DAY.plusDays(random.nextInt(Reporter.DAYS - 31));
          yield SearchQuery.text(noun).between(from, from.plusDays(30));
        }
        default -> i % 2 == 0 ? SearchQuery.all().withSources(world.outlet(random).domain())
            : SearchQuery.all().withSpeakers(world.person(random).fullName());
      };
      out.add(new Labelled<>(kind, q));
    }
    return out;
  }

  static List<Labelled<QuoteQuery>> quotes(World world, long seed, int count) {
    SplittableRandom random = new SplittableRandom(seed);
    List<Labelled<QuoteQuery>> out = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      String kind = QUOTE_KINDS.get(i % QUOTE_KINDS.size());
      QuoteQuery q = switch (kind) {
        case "by speaker" -> QuoteQuery.by(world.person(random).fullName());
        case "speaker + about" -> QuoteQuery.by(world.person(random).fullName()).about(world.place(random));
        default -> QuoteQuery.all().withText(World.pick(Words.NOUNS, random));
      };
      out.add(new Labelled<>(kind, q));
    }
    return out;
  }
}
