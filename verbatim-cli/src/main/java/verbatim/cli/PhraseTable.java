package verbatim.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import verbatim.index.FacetCount;
import verbatim.index.PeriodCount;
import verbatim.index.PhraseRequest;
import verbatim.index.PhraseResult;
import verbatim.index.PhraseUse;
import verbatim.index.VariantKind;

/**
 * A phrase's uses for a person at a terminal: the first use with the phrase marked in its sentence,
 * the uses and the earlier uses, a sparkline of the timeline, the counts.
 */
final class PhraseTable {
  /** Periods a sparkline row holds; longer timelines wrap. */
  private static final int ROW = 60;
  /** Characters of a sentence shown either side of the match. */
  private static final int CONTEXT = 110;

  private final PrintStream out;
  private final boolean terminal;

  PhraseTable(PrintStream out, boolean terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  void print(PhraseRequest request, PhraseResult r) {
    int variants = r.variants().size() - 1;
    out.printf("“%s”%s%n", r.phrase(), variants == 0 ? " (exact)" : " and " + variants + " variant"
        + (variants == 1 ? "" : "s") + " (--exact for the phrase alone; --format json lists them)");
    String since = request.since() == null ? "" : " since " + request.since();
    out.printf("%nFirst use%s:%s%n", since, r.first() == null ? " none" : "");
    if (r.first() != null) {
      use(r.first());
    }
    // the first use is shown above: the list goes on from the one after it
    boolean firstListed = !r.uses().isEmpty() && r.uses().get(0).id().equals(r.first().id());
    List<PhraseUse> rest = firstListed ? r.uses().subList(1, r.uses().size()) : r.uses();
    out.printf("%nUses%s: %d%s%n", since, r.total(), r.total() > r.uses().size() && !r.uses().isEmpty()
        ? " (showing " + (request.page().offset() + 1) + "–" + (request.page().offset() + r.uses().size())
        + ", oldest first" + (firstListed ? "; the first is above)" : ")")
        : firstListed ? (r.total() > 1 ? " (oldest first; the first is above)" : " (the first, above)") : "");
    rest.forEach(this::use);
    if (request.since() != null) {
      out.printf("%nEarlier uses, before %s: %d%s%n", request.since(), r.earlierTotal(),
          r.earlierTotal() > r.earlier().size() ? " (showing the first " + r.earlier().size() + ")"
          : r.earlierTotal() > 1 ? " (oldest first)" : "");
      r.earlier().forEach(this::use);
    }
    timeline(r);
    if (!(r.bySource().isEmpty() && r.byIssuer().isEmpty() && r.bySpeaker().isEmpty())) {
      out.println();
    }
    counts("Sources", r.bySource());
    counts("Issuers", r.byIssuer());
    counts("Speakers", r.bySpeaker());
  }

  private void use(PhraseUse u) {
    String who = u.issuer() != null ? u.issuer() : u.source();
    out.printf("  %s  %-26s %-13s %s%n", SearchCommand.day(u.published()), Printer.cut(who, 26), u.kind(),
        Printer.cut(u.title(), 70));
    out.printf("      %s%n", sentence(u));
    out.printf("      %s · %s%s%n", u.id(), wording(u), u.speaker() == null ? "" : " · said by " + u.speaker());
  }

  /** The sentence with the match marked, cut to the match and some words either side. */
  private String sentence(PhraseUse u) {
    String s = u.sentence();
    int begin = u.match().begin() - u.sentenceSpan().begin();
    int end = u.match().end() - u.sentenceSpan().begin();
    if (begin < 0 || end > s.length()) {
      return Printer.cut(s, 2 * CONTEXT);
    }
    int from = Math.max(0, begin - CONTEXT);
    int to = Math.min(s.length(), end + CONTEXT);
    String shown = s.substring(from, to).replaceAll("\\s", " ");
    String marked = Printer.marked(shown, List.of(new int[] {begin - from, end - from}), terminal);
    return (from > 0 ? "…" : "") + marked + (to < s.length() ? "…" : "");
  }

  private static String wording(PhraseUse u) {
    if (u.exact()) {
      return "the phrase word for word";
    }
    if (u.variantKind() == VariantKind.PHRASE) {
      return "the phrase, another form of its words";
    }
    return u.variantKind().name().toLowerCase(Locale.ROOT).replace('_', ' ') + ": “" + u.variant() + "”";
  }

  private void timeline(PhraseResult r) {
    List<PeriodCount> periods = r.timeline();
    if (periods.isEmpty()) {
      return;
    }
    long total = periods.stream().mapToLong(PeriodCount::count).sum();
    PeriodCount most = periods.get(0);
    for (PeriodCount p : periods) {
      most = p.count() > most.count() ? p : most;
    }
    out.printf("%nBy %s, %s to %s: %d use%s, most in %s (%d)%n", r.by().name().toLowerCase(Locale.ROOT),
        periods.get(0).period(), periods.get(periods.size() - 1).period(), total, total == 1 ? "" : "s",
        most.period(), most.count());
    String line = Sparkline.of(periods.stream().map(PeriodCount::count).toList());
    for (int at = 0; at < periods.size(); at += ROW) {
      int to = Math.min(periods.size(), at + ROW);
      out.printf("  %-8s %s%n", periods.get(at).period(), line.substring(at, to));
    }
  }

  private void counts(String label, List<FacetCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    out.printf("%-9s %s", label + ":", counts.stream().limit(8).map(c -> c.value() + " " + c.count())
        .collect(Collectors.joining(", ")));
    if (label.equals("Speakers")) {
      out.print("   (people quoted in the documents)");
    }
    out.println();
  }
}
