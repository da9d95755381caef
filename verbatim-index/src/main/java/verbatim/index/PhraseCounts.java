package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The counts of a phrase's uses, over every matching document without reading one: Lucene
 * collects the matches, the publisher's day comes from doc values, sources, issuers and speakers
 * from the facet ordinals.
 *
 * @param total uses from {@code since} on
 * @param earlier uses before {@code since}
 */
record PhraseCounts(long total, long earlier, List<PeriodCount> timeline, List<FacetCount> bySource,
    List<FacetCount> byIssuer, List<FacetCount> bySpeaker) {
  private static final int FACET_VALUES = 20;
  /** A timeline longer than this (weeks of 100 years) is left with gaps rather than filled. */
  private static final int MAX_FILLED = 5300;

  /**
   * Counts the documents {@code everyUse} matches.
   *
   * @param undatedCount whether a document without a date is one of the uses (it is when no date
   *     bounds the uses), though it has no place in the timeline
   */
  static PhraseCounts of(IndexSearcher searcher, IndexStore index, Query everyUse, LocalDate since,
      boolean undatedCount, Granularity by) throws IOException {
    FacetsCollector collector = searcher.search(everyUse, new FacetsCollectorManager());
    Map<LocalDate, Long> perPeriod = new TreeMap<>();
    long total = 0;
    long earlier = 0;
    for (FacetsCollector.MatchingDocs m : collector.getMatchingDocs()) {
      DocIdSetIterator docs = m.bits.iterator();
      if (docs == null) {
        continue;
      }
      NumericDocValues days = DocValues.getNumeric(m.context.reader(), DAY);
      for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
        if (!days.advanceExact(doc)) {
          total += undatedCount ? 1 : 0;
          continue;
        }
        LocalDate day = LocalDate.ofEpochDay(days.longValue());
        if (since != null && day.isBefore(since)) {
          earlier++;
        } else {
          total++;
        }
        perPeriod.merge(by.start(day), 1L, Long::sum);
      }
    }
    boolean any = collector.getMatchingDocs().stream().anyMatch(m -> m.totalHits > 0);
    Facets facets = any ? new SortedSetDocValuesFacetCounts(index.facetState(searcher), collector) : null;
    return new PhraseCounts(total, earlier, timeline(perPeriod, by), counts(facets, SOURCE), counts(facets, ISSUER),
        counts(facets, SPEAKER));
  }

  private static List<PeriodCount> timeline(Map<LocalDate, Long> perPeriod, Granularity by) {
    List<PeriodCount> out = new ArrayList<>();
    if (perPeriod.isEmpty()) {
      return out;
    }
    TreeMap<LocalDate, Long> sorted = new TreeMap<>(perPeriod);
    LocalDate last = sorted.lastKey();
    if (periods(sorted.firstKey(), last, by) > MAX_FILLED) {
      sorted.forEach((start, count) -> out.add(new PeriodCount(by.label(start), count)));
      return out;
    }
    for (LocalDate start = sorted.firstKey(); !start.isAfter(last); start = by.next(start)) {
      out.add(new PeriodCount(by.label(start), sorted.getOrDefault(start, 0L)));
    }
    return out;
  }

  private static long periods(LocalDate first, LocalDate last, Granularity by) {
    switch (by) {
      case WEEK: return ChronoUnit.WEEKS.between(first, last);
      case MONTH: return ChronoUnit.MONTHS.between(first, last);
      case YEAR: return ChronoUnit.YEARS.between(first, last);
      default: throw new AssertionError(by);
    }
  }

  private static List<FacetCount> counts(Facets facets, String dimension) throws IOException {
    if (facets == null) {
      return List.of();
    }
    FacetResult result;
    try {
      result = facets.getAllChildren(dimension);
    } catch (IllegalArgumentException e) {
      // no document of the index has a value for it yet
      return List.of();
    }
    List<FacetCount> out = new ArrayList<>();
    if (result != null) {
      for (LabelAndValue lv : result.labelValues) {
        out.add(new FacetCount(lv.label, lv.value.longValue()));
      }
    }
    out.sort(Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value));
    return out.subList(0, Math.min(out.size(), FACET_VALUES));
  }
}
