package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Main content by pruning and scoring, in the manner of readability and trafilatura: furniture is
 * pruned by tag, role, visibility and class/id names; the body is the container the page names
 * (itemprop=articleBody, "article-body" ...) when that holds enough of the prose, else the best
 * scoring container (climbing to the ancestor that holds the rest of the prose) with its prose
 * siblings; a lead printed just before the body is added; the blocks are kept unless link lists,
 * stock phrases, the title (h1) or headings over nothing. When that yields almost nothing, the
 * page's prose-like blocks are taken instead.
 *
 * <p>Stateless apart from immutable patterns: one instance serves every thread. The page is only
 * read, never changed. Never throws: a page that defeats the walk yields no paragraphs.
 */
public final class ScoredMainContent implements MainContentExtractor {
  /** A named body is trusted when it holds at least this share of the scored body's prose. */
  private static final double KNOWN_SHARE = 0.5;
  /** Below this many characters the chosen body is deemed a miss and the fallback runs. */
  private static final int MIN_BODY_CHARS = 250;

  private final ContentPatterns patterns;
  private final Pruning pruning;
  private final CandidateScorer scorer;
  private final BlockFilter filter;

  public ScoredMainContent() {
    this.patterns = ContentPatterns.load();
    this.pruning = new Pruning(patterns);
    this.scorer = new CandidateScorer(patterns);
    this.filter = new BlockFilter(patterns);
  }

  @Override
  public List<String> paragraphs(Document page) {
    try {
      return extract(page);
    } catch (RuntimeException | StackOverflowError e) {
      return List.of(); // a page we cannot read has no body we can vouch for
    }
  }

  private List<String> extract(Document page) {
    if (page == null) {
      return List.of();
    }
    Element body = page.getElementsByTag("body").first(); // Document.body() would add one
    if (body == null) {
      body = page;
    }
    BlockWalk walk = BlockWalk.of(body, pruning, patterns);
    if (walk.blocks().isEmpty()) {
      return List.of();
    }
    List<Element> roots = Lead.prepend(walk, chooseRoots(walk));
    List<TextBlock> chosen = new ArrayList<>();
    for (Element root : roots) {
      chosen.addAll(BlockWalk.of(root, pruning, patterns, walk.pageChars()).blocks());
    }
    List<String> paragraphs = filter.keep(chosen);
    if (chars(paragraphs) < MIN_BODY_CHARS) {
      List<String> fallback = filter.keepProse(walk.blocks());
      if (chars(fallback) > chars(paragraphs)) {
        return fallback;
      }
    }
    return paragraphs;
  }

  private List<Element> chooseRoots(BlockWalk walk) {
    List<Element> scored = scorer.choose(walk);
    List<Element> known = KnownBody.choose(walk);
    if (!known.isEmpty() && plainChars(walk, known) >= KNOWN_SHARE * plainChars(walk, scored)) {
      return known;
    }
    return scored;
  }

  private static int plainChars(BlockWalk walk, List<Element> roots) {
    int sum = 0;
    for (Element e : roots) {
      sum += walk.text(e).plainChars();
    }
    return sum;
  }

  private static int chars(List<String> paragraphs) {
    int sum = 0;
    for (String p : paragraphs) {
      sum += p.length();
    }
    return sum;
  }
}
