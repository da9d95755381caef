package verbatim.bench.dates;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipFile;
import verbatim.core.extract.html.HtmlMetadataReader;
import verbatim.core.extract.html.PageMetadata;
import verbatim.core.model.Author;
import verbatim.core.model.DateStamp;

/**
 * Scores {@link HtmlMetadataReader} on the htmldate set (published day, htmldate's metric) and on
 * the trafilatura set (title, date, author against the gold fields, rules in {@link MetadataMatch}).
 *
 * <p>Usage: {@code DateEval [--shared PATH] [--limit N] [--half even|odd]}; exit 0 on a completed
 * run, 1 on missing data, 2 on bad arguments. {@code --half} keeps the pages of each set at even
 * (or odd) positions in file-name order: one half to develop rules on, the other held out to check
 * that they generalize. {@code -Dverbatim.allMisses=true} prints every miss with its source.
 */
public final class DateEval {
  private static final int WORST = 15;

  private DateEval() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of("../shared");
    int limit = Integer.MAX_VALUE;
    String half = null;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--shared") && i + 1 < args.length) {
        shared = Path.of(args[++i]);
      } else if (args[i].equals("--limit") && i + 1 < args.length && args[i + 1].matches("\\d{1,9}")) {
        limit = Integer.parseInt(args[++i]);
      } else if (args[i].equals("--half") && i + 1 < args.length && args[i + 1].matches("even|odd")) {
        half = args[++i];
      } else {
        System.err.println("usage: DateEval [--shared PATH] [--limit N] [--half even|odd]; bad or unknown argument '" + args[i] + "'");
        System.exit(2);
      }
    }
    Path htmldate = shared.resolve("datasets/htmldate-eval");
    Path trafilatura = shared.resolve("datasets/trafilatura-eval");
    if (!Files.isDirectory(htmldate) || !Files.isDirectory(trafilatura)) {
      System.err.println("no evaluation data under " + shared.toAbsolutePath() + "/datasets (give --shared PATH)");
      System.exit(1);
    }
    HtmlMetadataReader reader = new HtmlMetadataReader();
    List<GoldPage> dateGold = new ArrayList<>(GoldFiles.htmldate(htmldate.resolve("eval_default.json")));
    dateGold.addAll(GoldFiles.htmldate(htmldate.resolve("eval_mediacloud_2020.json")));
    PageRun.Results dates;
    try (ZipFile zip = new ZipFile(htmldate.resolve("html.zip").toFile())) {
      dates = PageRun.run(zip, head(half(dateGold, half), limit), reader);
    }
    PageRun.Results meta;
    try (ZipFile zip = new ZipFile(trafilatura.resolve("html.zip").toFile())) {
      meta = PageRun.run(zip, head(half(GoldFiles.trafilatura(trafilatura.resolve("evaldata.json")), half), limit), reader);
    }
    printHtmldate(dates);
    printTrafilatura(meta);
    printWorst(dates);
    if (Boolean.getBoolean("verbatim.allMisses")) {
      printMetadataMisses(meta);
    }
  }

  /** Every title and author miss on the trafilatura set, for working on the reader. */
  private static void printMetadataMisses(PageRun.Results run) {
    for (PageRun.Result r : run.pages()) {
      PageMetadata m = r.metadata();
      String title = m == null ? null : m.title();
      if (r.gold().title() != null && !MetadataMatch.titleMatches(title, r.gold().title())) {
        System.out.println("TITLE " + r.gold().file() + "\n  gold " + r.gold().title() + "\n  ours " + title);
      }
      List<String> ours = m == null ? List.of() : m.authors().stream().map(Author::name).toList();
      if (!r.gold().authors().isEmpty() && !MetadataMatch.authorMatches(ours, r.gold().authors())) {
        System.out.println("AUTHOR " + r.gold().file() + "\n  gold " + r.gold().authors() + "\n  ours " + ours);
      }
    }
  }

  /** The pages at even or odd positions in file-name order (a stable split), or all when {@code half} is null. */
  private static List<GoldPage> half(List<GoldPage> pages, String half) {
    if (half == null) {
      return pages;
    }
    List<GoldPage> sorted = new ArrayList<>(pages);
    sorted.sort(Comparator.comparing(GoldPage::file).thenComparing(GoldPage::url));
    int parity = half.equals("even") ? 0 : 1;
    List<GoldPage> out = new ArrayList<>();
    for (int i = parity; i < sorted.size(); i += 2) {
      out.add(sorted.get(i));
    }
    return out;
  }

  private static <T> List<T> head(List<T> list, int limit) {
    return list.subList(0, Math.min(limit, list.size()));
  }

  static String day(PageMetadata m) {
    DateStamp d = m == null ? null : m.published();
    return d == null ? null : d.local().toLocalDate().toString();
  }

  private static void printHtmldate(PageRun.Results run) {
    DateScore score = DateScore.ZERO;
    int errors = 0;
    for (PageRun.Result r : run.pages()) {
      score = score.plus(DateScore.of(day(r.metadata()), r.gold().date()));
      errors += r.error() == null ? 0 : 1;
    }
    System.out.println("htmldate-eval: published day, htmldate metric (TP equal, FP different, FN none; none without reference = TN+FN)");
    System.out.printf(Locale.ROOT, "%-22s %5s %5s %5s %5s %5s %9s %7s %8s %8s %8s%n",
        "reader", "pages", "TP", "FP", "TN", "FN", "precision", "recall", "accuracy", "F-score", "pages/s");
    System.out.printf(Locale.ROOT, "%-22s %5d %5d %5d %5d %5d %9.3f %7.3f %8.3f %8.3f %8.1f%n",
        "verbatim", run.pages().size(), score.truePositives(), score.falsePositives(), score.trueNegatives(),
        score.falseNegatives(), score.precision(), score.recall(), score.accuracy(), score.fScore(), run.pagesPerSecond());
    System.out.printf(Locale.ROOT, "%-22s %5s %5s %5s %5s %5s %9.3f %7.3f %8.3f %8.3f %8s%n",
        "htmldate ext. (publ.)", "1000", "", "", "", "", 0.908, 0.993, 0.903, 0.949, "");
    System.out.println("pages that threw: " + errors + "   (pages/s = decode + jsoup parse + metadata read, one thread)");
    System.out.println();
  }

  private static void printTrafilatura(PageRun.Results run) {
    int[] title = new int[3];
    int[] date = new int[3];
    int[] author = new int[3];
    int authorExact = 0;
    for (PageRun.Result r : run.pages()) {
      GoldPage g = r.gold();
      PageMetadata m = r.metadata();
      if (g.title() != null) {
        count(title, m == null ? null : m.title(), MetadataMatch.titleMatches(m == null ? null : m.title(), g.title()));
      }
      if (g.date() != null) {
        count(date, day(m), g.date().equals(day(m)));
      }
      if (!g.authors().isEmpty()) {
        List<String> ours = m == null ? List.of() : m.authors().stream().map(Author::name).toList();
        count(author, ours.isEmpty() ? null : ours, MetadataMatch.authorMatches(ours, g.authors()));
        authorExact += String.join("; ", ours).equals(String.join("; ", g.authors())) ? 1 : 0;
      }
    }
    System.out.println("trafilatura-eval: metadata against gold (only pages with a gold value; accuracy = correct / gold)");
    System.out.println("  rules: title = equal after NFKC, lower case, punctuation dropped, whitespace collapsed;");
    System.out.println("         date = same YYYY-MM-DD (published); author = token F1 between our names and the gold names >= "
        + MetadataMatch.AUTHOR_OVERLAP);
    System.out.printf(Locale.ROOT, "%-8s %5s %7s %7s %7s %9s %7s %8s %8s%n",
        "field", "gold", "correct", "wrong", "none", "precision", "recall", "F-score", "accuracy");
    row("title", title);
    row("date", date);
    row("author", author);
    System.out.printf(Locale.ROOT, "author, upstream exact string rule (names joined with \"; \"): %d / %d = %.3f%n",
        authorExact, author[0] + author[1] + author[2], (double) authorExact / Math.max(1, author[0] + author[1] + author[2]));
    System.out.printf(Locale.ROOT, "pages: %d, pages/s %.1f%n%n", run.pages().size(), run.pagesPerSecond());
  }

  /** counts[0] correct, [1] wrong (we said something else), [2] none. */
  private static void count(int[] counts, Object ours, boolean correct) {
    counts[correct ? 0 : ours == null ? 2 : 1]++;
  }

  private static void row(String name, int[] c) {
    int gold = c[0] + c[1] + c[2];
    DateScore s = new DateScore(c[0], c[1], 0, c[2]);
    System.out.printf(Locale.ROOT, "%-8s %5d %7d %7d %7d %9.3f %7.3f %8.3f %8.3f%n",
        name, gold, c[0], c[1], c[2], s.precision(), s.recall(), s.fScore(), (double) c[0] / Math.max(1, gold));
  }

  private static void printWorst(PageRun.Results run) {
    List<PageRun.Result> misses = new ArrayList<>();
    for (PageRun.Result r : run.pages()) {
      String ours = day(r.metadata());
      if (ours == null || !ours.equals(r.gold().date())) {
        misses.add(r);
      }
    }
    misses.sort(Comparator.comparingLong(DateEval::distance).reversed());
    System.out.println("htmldate-eval: " + WORST + " worst misses of " + misses.size() + " (largest distance first; none = no date)");
    boolean all = Boolean.getBoolean("verbatim.allMisses");
    for (PageRun.Result r : all ? misses : head(misses, WORST)) {
      DateStamp d = r.metadata() == null ? null : r.metadata().published();
      String from = r.error() != null ? "threw " + r.error() : d == null ? "none" : d.from() + " | " + d.evidence();
      System.out.printf(Locale.ROOT, "  %-40s gold %-10s ours %-10s %s%n",
          r.gold().file(), r.gold().date(), d == null ? "-" : day(r.metadata()), from);
    }
  }

  /** Days between ours and gold; a missing side sorts after every wrong date, as a lesser error. */
  private static long distance(PageRun.Result r) {
    String ours = day(r.metadata());
    String gold = r.gold().date();
    if (ours == null || gold == null) {
      return -1;
    }
    return Math.abs(java.time.temporal.ChronoUnit.DAYS.between(
        java.time.LocalDate.parse(ours), java.time.LocalDate.parse(gold)));
  }
}
