package verbatim.core.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.model.DateStamp;

/**
 * A page's published and updated dates, each taken from the first source that has one, in this
 * order: JSON-LD, meta tags, marked-up {@code <time>}/microdata, labelled lines, the URL, other
 * {@code <time>} elements, short date-classed elements. Declared sources come first because the
 * publisher wrote them for exactly this; the URL is trusted above free markup because a day in the
 * address is fixed when the article is first published. The updated date is never guessed from
 * unlabelled text: when no source says "modified" it stays null.
 */
final class PageDates {
  private PageDates() {}

  /** Both dates; either may be null. */
  record Found(DateStamp published, DateStamp updated) {}

  static Found read(Document page, JsonLd ld, String url) {
    List<Supplier<Optional<DateStamp>>> published = List.of(
        () -> Dates.plausible(DeclaredDates.publishedInJsonLd(ld)),
        () -> Dates.plausible(DeclaredDates.publishedInMeta(page)),
        () -> PrintedDates.markedUp(page, false),
        () -> PrintedDates.labelledLine(page, VisibleDateLine.Which.PUBLISHED),
        () -> UrlDate.of(url),
        () -> PrintedDates.firstTime(page),
        () -> PrintedDates.dateClassed(page),
        () -> TextDates.nearHeadline(page),
        () -> TextDates.firstInText(page));
    List<Supplier<Optional<DateStamp>>> updated = List.of(
        () -> Dates.plausible(DeclaredDates.updatedInJsonLd(ld)),
        () -> Dates.plausible(DeclaredDates.updatedInMeta(page)),
        () -> PrintedDates.markedUp(page, true),
        () -> PrintedDates.labelledLine(page, VisibleDateLine.Which.UPDATED));
    return new Found(first(published), first(updated));
  }

  private static DateStamp first(List<Supplier<Optional<DateStamp>>> sources) {
    for (Supplier<Optional<DateStamp>> source : sources) {
      Optional<DateStamp> d = source.get();
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }
}
