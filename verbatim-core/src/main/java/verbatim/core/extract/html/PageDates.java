package verbatim.core.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.model.DateStamp;

/**
 * A page's published and updated dates, each taken from the first source that has one, in this
 * order: a full day in the URL, JSON-LD, meta tags, marked-up {@code <time>}/microdata, labelled
 * lines ("Posted …"), other {@code <time>} elements, short date-classed elements, then guesses from
 * unlabelled text (near the headline, an image URL, the first date in the text), whose evidence
 * says they are guesses. The URL comes first, as in htmldate: a day in the address is fixed when
 * the article is first published, while declared dates are often re-stamped when it is edited.
 * Declared sources come before printed ones because the publisher wrote them for exactly this. A
 * published date given in UTC is put back on the page's own offset when the page shows it ({@link
 * LocalOffset}). The updated date is never guessed from unlabelled text: when no source says
 * "modified" it stays null, and the caller decides.
 */
final class PageDates {
  private PageDates() {}

  /** Both dates; either may be null. */
  record Found(DateStamp published, DateStamp updated) {}

  static Found read(Document page, JsonLd ld, String url) {
    Supplier<PageText> text = PageText.lazy(page);
    Supplier<Optional<DateStamp>> jsonLd = () -> Dates.plausible(DeclaredDates.publishedInJsonLd(ld));
    Supplier<Optional<DateStamp>> meta = () -> Dates.plausible(DeclaredDates.publishedInMeta(page));
    Supplier<Optional<DateStamp>> markedUp = () -> PrintedDates.markedUp(page, text, false);
    Supplier<Optional<DateStamp>> labelled =
        () -> PrintedDates.labelledLine(text.get(), VisibleDateLine.Which.PUBLISHED);
    Supplier<Optional<DateStamp>> time = () -> PrintedDates.firstTime(page, text);
    List<Supplier<Optional<DateStamp>>> published = List.of(
        () -> UrlDate.of(url), jsonLd, meta, markedUp, labelled, time,
        () -> PrintedDates.dateClassed(text.get()),
        () -> TextDates.nearHeadline(page, text.get()),
        () -> UrlDate.of(Meta.content(page, "og:image")),
        () -> TextDates.firstInText(text.get(), false),
        () -> TextDates.firstInText(text.get(), true));
    List<Supplier<Optional<DateStamp>>> updated = List.of(
        () -> Dates.plausible(DeclaredDates.updatedInJsonLd(ld)),
        () -> Dates.plausible(DeclaredDates.updatedInMeta(page)),
        () -> PrintedDates.markedUp(page, text, true),
        () -> PrintedDates.labelledLine(text.get(), VisibleDateLine.Which.UPDATED));
    DateStamp chosen = first(published);
    List<Supplier<Optional<DateStamp>>> withTime = List.of(jsonLd, meta, markedUp, labelled, time);
    return new Found(LocalOffset.resolve(richer(chosen, withTime), page, withTime), first(updated));
  }

  /** A day-only date (from the URL) is replaced by a source that gives the same day with its time. */
  private static DateStamp richer(DateStamp chosen, List<Supplier<Optional<DateStamp>>> sources) {
    if (chosen == null || chosen.precision() != DateStamp.Precision.DAY) {
      return chosen;
    }
    for (Supplier<Optional<DateStamp>> source : sources) {
      Optional<DateStamp> d = source.get();
      if (d.isPresent() && d.get().precision() != DateStamp.Precision.DAY
          && d.get().local().toLocalDate().equals(chosen.local().toLocalDate())) {
        return d.get();
      }
    }
    return chosen;
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
