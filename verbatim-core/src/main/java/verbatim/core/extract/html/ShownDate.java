package verbatim.core.extract.html;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import verbatim.core.model.DateStamp;

/**
 * Settles a disagreement between the date a page declares for machines and the date it shows its
 * readers beside the headline. The shown date is what readers, and people citing the article, take
 * as its date; a declared date that disagrees with it is most often stale: a template's
 * first-draft time, a generation time in a generic tag, an evergreen article re-dated on
 * republication while its {@code datePublished} kept the first day. So when the chosen date is
 * not the shown day, another date the page declares that is (the other published field, the
 * modified one, a marked-up {@code <time>}) is taken instead. A URL day yields only to the declared
 * publication date, and only when that is one day later or earlier (the draft saved the day
 * before). The shown date alone overrules only a generic declaration: an article-specific one that
 * nothing else confirms still stands, as the shown date may be a teaser's.
 */
final class ShownDate {
  private ShownDate() {}

  /** How the chosen date was read, which decides what may overrule it. */
  enum Claim {
    /** A day in the address, fixed when the draft was saved, which may be the day before publication. */
    URL,
    /** A declared field that names the article's publication. */
    DECLARED,
    /** A declared field that names only "a date" of the page ({@code dc.date}, {@code name=date}). */
    GENERIC,
    /** Printed on the page: already what readers see. */
    PRINTED
  }

  /** A date and how it was read. */
  record Chosen(DateStamp date, Claim claim) {}

  /**
   * {@code chosen}, or the date that agrees with what the page shows.
   *
   * @param shown the dates printed beside the headline, nearest first
   * @param published the page's declared publication date (JSON-LD, then meta)
   * @param declared the page's declared and marked-up dates, published and modified, in order of trust
   */
  static DateStamp settle(Chosen chosen, Supplier<List<DateStamp>> shown, Supplier<Optional<DateStamp>> published,
      List<Supplier<Optional<DateStamp>>> declared) {
    if (chosen.claim() == Claim.PRINTED) {
      return chosen.date();
    }
    List<DateStamp> seen = shown.get();
    if (seen.isEmpty() || shows(seen, chosen.date())) {
      return chosen.date();
    }
    if (chosen.claim() == Claim.URL) {
      LocalDate day = day(chosen.date());
      return published.get()
          .filter(d -> Math.abs(ChronoUnit.DAYS.between(day, day(d))) == 1 && shows(seen, d))
          .map(d -> over(d, chosen))
          .orElse(chosen.date());
    }
    for (Supplier<Optional<DateStamp>> source : declared) {
      Optional<DateStamp> other = source.get().filter(d -> shows(seen, d));
      if (other.isPresent()) {
        return over(other.get(), chosen);
      }
    }
    return chosen.claim() == Claim.GENERIC ? over(seen.get(0), chosen) : chosen.date();
  }

  private static DateStamp over(DateStamp taken, Chosen chosen) {
    return Dates.withEvidence(taken, "shown beside the headline: " + taken.evidence() + "; over " + chosen.date().evidence());
  }

  private static boolean shows(List<DateStamp> seen, DateStamp d) {
    LocalDate day = day(d);
    return seen.stream().anyMatch(s -> day(s).equals(day));
  }

  private static LocalDate day(DateStamp d) {
    return d.local().toLocalDate();
  }
}
