package verbatim.bench.extraction;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Prints one dataset's table (P, R, F1, accuracy, speed and speed relative to the fastest peer)
 * and our worst pages, with the metric the dataset's README defines.
 */
final class Report {
  private final PrintStream out;
  private final int worst;

  Report(PrintStream out, int worst) {
    this.out = out;
    this.worst = worst;
  }

  /** A contender's corpus figures, whatever the metric. */
  private record Row(String name, double p, double r, double f1, double accuracy, double speed, int failures) {}

  /** One page's figures for the worst-pages list. */
  private record PageRow(EvalPage page, double p, double r, double f1, double rank, String detail) {}

  void print(String dataset, List<EvalPage> pages, List<ContenderRun> runs) {
    List<Row> rows = new ArrayList<>();
    List<PageRow> ours = List.of();
    for (ContenderRun run : runs) {
      List<PageRow> perPage = perPage(pages, run);
      rows.add(corpus(pages, run, perPage));
      if (run.name().equals(Contender.OURS)) {
        ours = perPage;
      }
    }
    double fastestPeer = rows.stream().filter(r -> !r.name().equals(Contender.OURS))
        .mapToDouble(Row::speed).max().orElse(0);
    out.printf(Locale.ROOT, "%n== %s (%d pages) ==%n", dataset, pages.size());
    out.printf(Locale.ROOT, "%-14s %6s %6s %6s %6s %9s %8s %8s%n",
        "system", "P", "R", "F1", "acc", "pages/s", "speed", "failures");
    for (Row r : rows) {
      out.printf(Locale.ROOT, "%-14s %6.3f %6.3f %6.3f %6.3f %9.1f %7.2fx %8d%n", r.name(), r.p(), r.r(),
          r.f1(), r.accuracy(), r.speed(), fastestPeer == 0 ? 0 : r.speed() / fastestPeer, r.failures());
    }
    out.println("(pages/s: one thread, best timed pass after warm-up; speed = pages/s / fastest peer's)");
    printWorst(ours);
  }

  private void printWorst(List<PageRow> ours) {
    if (ours.isEmpty() || worst == 0) {
      return;
    }
    out.printf(Locale.ROOT, "%n%d worst pages for %s:%n", worst, Contender.OURS);
    ours.stream().sorted(Comparator.comparingDouble(PageRow::rank)).limit(worst).forEach(r ->
        out.printf(Locale.ROOT, "  F1 %.3f  P %.3f  R %.3f  %s  %s%s%n", r.f1(), r.p(), r.r(), r.page().id(),
            r.page().url(), r.detail()));
  }

  /**
   * One line per page, worst first: dump file number, F1, P, R, id, the detail; for reading the
   * errors beside the dumped outputs.
   */
  String scores(List<EvalPage> pages, ContenderRun run) {
    List<PageRow> rows = perPage(pages, run);
    List<Integer> order = new ArrayList<>();
    for (int i = 0; i < rows.size(); i++) {
      order.add(i);
    }
    order.sort(Comparator.comparingDouble(i -> rows.get(i).rank()));
    StringBuilder out = new StringBuilder();
    for (int i : order) {
      PageRow r = rows.get(i);
      out.append(String.format(Locale.ROOT, "%04d\t%.3f\t%.3f\t%.3f\t%s\t%s%n", i, r.f1(), r.p(), r.r(),
          r.page().id(), r.detail().strip()));
    }
    return out.toString();
  }

  private static List<PageRow> perPage(List<EvalPage> pages, ContenderRun run) {
    List<PageRow> rows = new ArrayList<>();
    for (int i = 0; i < pages.size(); i++) {
      EvalPage page = pages.get(i);
      String output = run.outputs().get(i);
      if (page.gold() instanceof EvalPage.Body body) {
        ShingleScore s = ShingleScore.of(body.text(), output);
        rows.add(new PageRow(page, s.precision(), s.recall(), s.f1(), s.f1(), ""));
      } else if (page.gold() instanceof EvalPage.Segments seg) {
        SegmentScore s = SegmentScore.of(output, seg.with(), seg.without());
        String detail = String.format(Locale.ROOT, "  (missed %d/%d, leaked %d/%d)",
            s.fn(), seg.with().size(), s.fp(), seg.without().size());
        rows.add(new PageRow(page, s.precision(), s.recall(), s.f1(), -s.errors(), detail));
      } else {
        throw new AssertionError(page.gold());
      }
    }
    return rows;
  }

  private static Row corpus(List<EvalPage> pages, ContenderRun run, List<PageRow> perPage) {
    if (!pages.isEmpty() && pages.get(0).gold() instanceof EvalPage.Body) {
      List<ShingleScore> scores = new ArrayList<>();
      for (int i = 0; i < pages.size(); i++) {
        scores.add(ShingleScore.of(((EvalPage.Body) pages.get(i).gold()).text(), run.outputs().get(i)));
      }
      ShingleCorpus c = ShingleCorpus.of(scores);
      return new Row(run.name(), c.precision(), c.recall(), c.f1(), c.accuracy(), run.pagesPerSecond(), run.failures());
    }
    SegmentScore sum = SegmentScore.ZERO;
    for (int i = 0; i < pages.size(); i++) {
      EvalPage.Segments seg = (EvalPage.Segments) pages.get(i).gold();
      sum = sum.plus(SegmentScore.of(run.outputs().get(i), seg.with(), seg.without()));
    }
    return new Row(run.name(), sum.precision(), sum.recall(), sum.f1(), sum.accuracy(), run.pagesPerSecond(), run.failures());
  }
}
