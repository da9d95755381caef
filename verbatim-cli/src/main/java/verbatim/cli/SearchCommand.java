package verbatim.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import verbatim.core.model.Span;
import verbatim.index.Corpus;
import verbatim.index.Facet;
import verbatim.index.FacetCount;
import verbatim.index.SearchHit;
import verbatim.index.SearchQuery;
import verbatim.index.SearchResult;
import verbatim.index.Snippet;

/** {@code verbatim search}: documents matching words, with snippets and facet counts. */
@Command(
    name = "search",
    mixinStandardHelpOptions = true,
    description = {
      "Finds documents in the corpus: ranked, with the matching passages and counts by source, kind, language, month,",
      "speaker and entity. Words are matched in their language (Korean with Nori, English with stemming);",
      "\"quotes\" match a phrase."
    })
final class SearchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "QUERY", arity = "0..*", description = "Words to find; none lists every document.")
  List<String> words = List.of();

  @Mixin PublishedBetween days;

  @Option(names = "--source", paramLabel = "DOMAIN", description = "Only from this publisher (repeatable).")
  List<String> sources = new ArrayList<>();

  @Option(names = "--kind", paramLabel = "KIND", description = "Only this kind: NEWS, STATEMENT, TRANSCRIPT, PRESS_RELEASE (repeatable).")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--lang", paramLabel = "CODE", description = "Only in this language, e.g. en, ko (repeatable).")
  List<String> languages = new ArrayList<>();

  @Option(names = "--speaker", paramLabel = "NAME", description = "Only documents quoting this person (repeatable).")
  List<String> speakers = new ArrayList<>();

  @Option(names = "--entity", paramLabel = "NAME", description = "Only documents naming this person, organisation or place (repeatable).")
  List<String> entities = new ArrayList<>();

  @Mixin DataOption data;

  @Mixin QueryOptions query;

  private final PrintStream out;
  private final Terminal terminal;

  SearchCommand() {
    this(System.out, Terminal.detect());
  }

  SearchCommand(PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  @Override
  public Integer call() throws IOException {
    SearchQuery q = new SearchQuery(words.isEmpty() ? null : String.join(" ", words), days.from, days.to, sources, kinds,
        languages, speakers, entities, query.order, query.page());
    SearchResult result;
    try (Corpus corpus = Corpus.open(data.dir)) {
      result = corpus.search(q);
    }
    switch (query.format(terminal)) {
      case JSON -> new Printer(out).json(result);
      case JSONL -> new Printer(out).jsonLines(result.hits());
      case TABLE -> table(result);
      default -> throw new AssertionError();
    }
    return Verbatim.OK;
  }

  private void table(SearchResult result) {
    out.printf("%d documents%s%n", result.total(), result.total() > result.hits().size()
        ? " (showing " + (query.offset + 1) + "–" + (query.offset + result.hits().size()) + ")" : "");
    int rank = query.offset;
    for (SearchHit h : result.hits()) {
      out.printf("%n%3d. %s  %s  %s%n", ++rank, day(h.published()), Printer.cut(h.source(), 24), Printer.cut(h.title(), 90));
      out.printf("     %s%s%s%n", h.id(), h.version() > 1 ? "  version " + h.version() : "",
          h.original() != null && !h.original().equals(h.id()) ? "  copy of " + h.original() : "");
      for (Snippet s : h.snippets()) {
        List<int[]> matches = new ArrayList<>();
        for (Span m : s.matches()) {
          matches.add(new int[] {m.begin() - s.span().begin(), m.end() - s.span().begin()});
        }
        out.println("     … " + Printer.marked(s.text().replaceAll("\\s", " "), matches, terminal.stdout()) + " …");
      }
    }
    for (Facet f : result.facets()) {
      if (f.counts().isEmpty()) {
        continue;
      }
      StringBuilder line = new StringBuilder();
      for (FacetCount c : f.counts().subList(0, Math.min(8, f.counts().size()))) {
        line.append(line.length() == 0 ? "" : ", ").append(c.value()).append(' ').append(c.count());
      }
      out.printf("%n%-9s %s", f.dimension() + ":", line);
    }
    out.println();
  }

  static String day(String published) {
    return published == null ? "(no date)  " : published.length() >= 10 ? published.substring(0, 10) : published;
  }
}
