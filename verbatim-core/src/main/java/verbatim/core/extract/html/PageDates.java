package verbatim.core.extract.html;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.extract.html.ShownDate.Claim;
import verbatim.core.model.DateStamp;

/**
 * A page's published and updated dates, each taken from the first source that has one, in this
 * order: a full day in the URL, JSON-LD, article meta tags, generic meta tags ({@code dc.date},
 * {@code name=date}), marked-up {@code <time>}/microdata, labelled lines ("Posted …"), other
 * {@code <time>} elements, short date-classed elements, then guesses from unlabelled text (near the
 * headline, an image URL, the first date in the text), whose evidence says they are guesses, and
 * last a publication date in the data of the page's scripts ({@link ScriptDates}). The
 * URL comes first, as in htmldate: a day in the address is fixed when the article is first
 * published, while declared dates are often re-stamped when it is edited. Declared sources come
 * before printed ones because the publisher wrote them for exactly this. A date from the URL or a
 * declaration that disagrees with the date printed beside the headline is then checked against
 * the page's other dates ({@link ShownDate}). A published date given in UTC is put back on the
 * page's own offset when the page shows it ({@link LocalOffset}). The updated date is never
 * guessed from unlabelled text: when no source says "modified" it stays null, and the caller
 * decides.
 */
final class PageDates {
  private PageDates() {}

  /** Both dates; either may be null. */
  record Found(DateStamp published, DateStamp updated) {}

  static Found read(Document page, JsonLd ld, String url) {
    Supplier<PageText> text = PageText.lazy(page);
    Supplier<Optional<DateStamp>> jsonLd = once(() -> Dates.plausible(DeclaredDates.publishedInJsonLd(ld)));
    Supplier<Optional<DateStamp>> articleMeta = once(() -> Dates.plausible(DeclaredDates.publishedInArticleMeta(page)));
    Supplier<Optional<DateStamp>> genericMeta = once(() -> Dates.plausible(DeclaredDates.publishedInGenericMeta(page)));
    Supplier<Optional<DateStamp>> meta = () -> articleMeta.get().or(genericMeta);
    Supplier<Optional<DateStamp>> markedUp = once(() -> PrintedDates.markedUp(page, text, false));
    Supplier<Optional<DateStamp>> labelled =
        once(() -> PrintedDates.labelledLine(text.get(), VisibleDateLine.Which.PUBLISHED));
    Supplier<Optional<DateStamp>> time = once(() -> PrintedDates.firstTime(page, text));
    Supplier<Optional<DateStamp>> dateClassed = once(() -> PrintedDates.dateClassed(text.get()));
    Supplier<Optional<DateStamp>> nearHeadline = once(() -> TextDates.nearHeadline(page, text.get()));
    Supplier<Optional<DateStamp>> jsonLdUpdated = once(() -> Dates.plausible(DeclaredDates.updatedInJsonLd(ld)));
    Supplier<Optional<DateStamp>> metaUpdated = once(() -> Dates.plausible(DeclaredDates.updatedInMeta(page)));
    List<Source> published = List.of(
        new Source(Claim.URL, () -> UrlDate.of(url)),
        new Source(Claim.DECLARED, jsonLd),
        new Source(Claim.DECLARED, articleMeta),
        new Source(Claim.GENERIC, genericMeta),
        new Source(Claim.PRINTED, markedUp),
        new Source(Claim.PRINTED, labelled),
        new Source(Claim.PRINTED, time),
        new Source(Claim.PRINTED, dateClassed),
        new Source(Claim.PRINTED, nearHeadline),
        new Source(Claim.PRINTED, () -> UrlDate.of(Meta.content(page, "og:image"))),
        new Source(Claim.PRINTED, () -> TextDates.firstInText(text.get(), false)),
        new Source(Claim.PRINTED, () -> TextDates.firstInText(text.get(), true)),
        new Source(Claim.PRINTED, () -> ScriptDates.published(page)));
    List<Supplier<Optional<DateStamp>>> updated = List.of(
        jsonLdUpdated,
        metaUpdated,
        () -> PrintedDates.markedUp(page, text, true),
        () -> PrintedDates.labelledLine(text.get(), VisibleDateLine.Which.UPDATED));
    DateStamp chosen = first(published)
        .map(c -> ShownDate.settle(c, () -> present(List.of(nearHeadline, dateClassed)), () -> jsonLd.get().or(meta),
            List.of(meta, jsonLd, jsonLdUpdated, metaUpdated, markedUp, time)))
        .orElse(null);
    List<Supplier<Optional<DateStamp>>> withTime = List.of(jsonLd, meta, markedUp, labelled, time);
    return new Found(LocalOffset.resolve(richer(chosen, withTime), page, withTime), firstOf(updated));
  }

  /** A published-date source and what may overrule it ({@link ShownDate}). */
  private record Source(Claim claim, Supplier<Optional<DateStamp>> read) {}

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

  private static Optional<ShownDate.Chosen> first(List<Source> sources) {
    for (Source source : sources) {
      Optional<DateStamp> d = source.read().get();
      if (d.isPresent()) {
        return Optional.of(new ShownDate.Chosen(d.get(), source.claim()));
      }
    }
    return Optional.empty();
  }

  private static DateStamp firstOf(List<Supplier<Optional<DateStamp>>> sources) {
    for (Supplier<Optional<DateStamp>> source : sources) {
      Optional<DateStamp> d = source.get();
      if (d.isPresent()) {
        return d.get();
      }
    }
    return null;
  }

  private static List<DateStamp> present(List<Supplier<Optional<DateStamp>>> sources) {
    return sources.stream().map(Supplier::get).flatMap(Optional::stream).toList();
  }

  /** A source read at most once: the chain, the check and the offset all ask the same ones. */
  private static <T> Supplier<T> once(Supplier<T> source) {
    List<T> memo = new java.util.ArrayList<>(1);
    return () -> {
      if (memo.isEmpty()) {
        memo.add(source.get());
      }
      return memo.get(0);
    };
  }
}
