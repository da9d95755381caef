package verbatim.bench.corpus;

import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import verbatim.core.model.Analysis;
import verbatim.core.model.EntityType;

/**
 * A synthetic news corpus, the same on every run with the same seed: article {@code i} can be made
 * on its own, in any order. About 5 in 100 articles republish a recent original at another outlet
 * with a dateline, a credit line and a sentence or two dropped (near-duplicates), 2 in 100 are an
 * updated version of one at its own address, and the rest are originals about people drawn with
 * Zipf-like frequency from a pool of 20,000.
 */
final class SyntheticNews {
  /** What an article is to the ones before it. */
  enum Kind { ORIGINAL, REPUBLISHED, UPDATED }

  /** The first articles are all originals, so that every copy has something to copy. */
  private static final int ALL_ORIGINAL = 200;
  /** A copy or an update is of an original among this many before it: news is republished within days. */
  private static final int RECENT = 3000;

  private final long seed;
  private final World world;
  private final Reporter reporter;

  SyntheticNews(long seed) {
    this.seed = seed;
    this.world = World.of(seed, 20_000, 1_500, 40);
    this.reporter = new Reporter(world);
  }

  World world() {
    return world;
  }

  Kind kind(int index) {
    if (index < ALL_ORIGINAL) {
      return Kind.ORIGINAL;
    }
    int draw = random(index, 3).nextInt(1000);
    return draw < 50 ? Kind.REPUBLISHED : draw < 70 ? Kind.UPDATED : Kind.ORIGINAL;
  }

  /** Article {@code index} as the pipeline would have analysed it. */
  Analysis article(int index) {
    String input = "synthetic/" + index;
    Kind kind = kind(index);
    if (kind == Kind.ORIGINAL) {
      return Assembler.analysis(original(index), input);
    }
    Draft source = original(sourceOf(index));
    SplittableRandom random = random(index, 1);
    return Assembler.analysis(kind == Kind.REPUBLISHED ? republished(source, index, random) : updated(source, random),
        input);
  }

  private Draft original(int index) {
    return reporter.draft(index, random(index, 0));
  }

  /** The original a copy or an update is made from: a recent one. */
  int sourceOf(int index) {
    int j = index - 1 - random(index, 2).nextInt(Math.min(index, RECENT));
    while (kind(j) != Kind.ORIGINAL) {
      j--;
    }
    return j;
  }

  private Draft republished(Draft source, int index, SplittableRandom random) {
    World.Outlet outlet = source.outlet();
    while (outlet.equals(source.outlet())) {
      outlet = world.outlet(random);
    }
    List<List<Draft.Sentence>> paragraphs = new ArrayList<>();
    LocalDateTime published = random.nextInt(10) == 0 ? source.published().minusHours(1 + random.nextInt(12))
        : source.published().plusHours(1 + random.nextInt(36));
    String dateline = source.cast().stream().filter(m -> m.type() == EntityType.LOCATION).map(Draft.Member::name)
        .findFirst().orElse("London").toUpperCase(Locale.ROOT);
    paragraphs.add(List.of(plain(dateline + ", " + Words.MONTHS.get(published.getMonthValue() - 1) + " "
        + published.getDayOfMonth() + " (" + outlet.name() + ")")));
    for (List<Draft.Sentence> paragraph : source.paragraphs()) {
      List<Draft.Sentence> kept = new ArrayList<>();
      for (Draft.Sentence s : paragraph) {
        if (random.nextInt(100) >= 4) {
          kept.add(s);
        }
      }
      if (!kept.isEmpty()) {
        paragraphs.add(kept);
      }
    }
    paragraphs.add(List.of(plain("Reporting by " + world.person(random).fullName() + "; editing by "
        + world.person(random).fullName() + ".")));
    String title = random.nextInt(10) < 6 ? source.title() : source.title() + " - " + outlet.name();
    String url = "https://" + outlet.domain() + "/news/" + Reporter.slug(title) + "-" + index;
    return source.republished(title, outlet, url, published, paragraphs);
  }

  private Draft updated(Draft source, SplittableRandom random) {
    LocalDateTime when = source.published().plusHours(2 + random.nextInt(30));
    List<List<Draft.Sentence>> paragraphs = new ArrayList<>(source.paragraphs());
    paragraphs.add(List.of(plain("This story was updated at " + when.toLocalTime() + " with figures released later in the day."),
        plain("The new figures put the total at " + (100 + random.nextInt(9000)) + ", up from an earlier estimate of "
            + (50 + random.nextInt(5000)) + ".")));
    return source.updatedAt(when, paragraphs);
  }

  private static Draft.Sentence plain(String text) {
    return new Draft.Sentence(text, List.of(), null, List.of());
  }

  private SplittableRandom random(int index, int stream) {
    return new SplittableRandom(mix(seed * 0x9e3779b97f4a7c15L + index * 8L + stream));
  }

  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
