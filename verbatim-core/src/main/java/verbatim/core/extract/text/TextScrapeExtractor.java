package verbatim.core.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import verbatim.core.extract.ArticleExtractor;
import verbatim.core.extract.BodyText;
import verbatim.core.extract.LanguageNames;
import verbatim.core.extract.Page;
import verbatim.core.extract.VisibleDateLine;
import verbatim.core.extract.Whitespace;
import verbatim.core.extract.text.ScrapeLine.Role;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Problem;
import verbatim.core.model.Translation;

/**
 * Finds the article in a plain-text scrape of a rendered news page. Each line is recognised as
 * chrome, a date line, a language link, a byline, prose or a short line; the title is the line
 * the page prints twice (or the first short line of the header); the body runs from the first to
 * the last prose line, with short lines between them kept as subheadings.
 */
public final class TextScrapeExtractor implements ArticleExtractor {
  /** Where to look for a title printed twice: the header of a page is a dozen lines at most. */
  private static final int HEADER_LINES = 12;

  private final Set<String> chromeLines;
  private final LanguageNames languageNames;

  public TextScrapeExtractor(Set<String> chromeLines, LanguageNames languageNames) {
    this.chromeLines = Set.copyOf(chromeLines);
    this.languageNames = languageNames;
  }

  /** With the chrome lines and language names that ship with verbatim. */
  public static TextScrapeExtractor standard() {
    return new TextScrapeExtractor(ChromeLines.load(), LanguageNames.load());
  }

  @Override
  public Article extract(Page page) {
    List<ScrapeLine> lines = classify(page.content());
    markTitle(lines);
    int first = firstIndexOf(lines, Role.PROSE);
    int last = lastIndexOf(lines, Role.PROSE);
    List<String> body = new ArrayList<>();
    if (first >= 0) {
      for (ScrapeLine line : lines.subList(first, last + 1)) {
        if (line.role() == Role.PROSE || line.role() == Role.SHORT) {
          body.add(line.text());
        }
      }
    }
    List<Problem> problems = new ArrayList<>(page.problems());
    if (body.isEmpty()) {
      problems.add(new Problem("no-body", "no paragraph of prose was found in the scrape"));
    }
    BodyText text = BodyText.of(body);
    return new Article(title(lines), page.url(), null, date(lines, VisibleDateLine.Which.PUBLISHED),
        date(lines, VisibleDateLine.Which.UPDATED), authors(lines), translations(lines),
        text.text(), text.paragraphs(), problems);
  }

  private List<ScrapeLine> classify(String content) {
    List<ScrapeLine> lines = new ArrayList<>();
    for (String raw : content.split("\\R")) {
      String text = Whitespace.normalize(raw);
      if (!text.isEmpty()) {
        lines.add(new ScrapeLine(text, roleOf(text)));
      }
    }
    return lines;
  }

  private Role roleOf(String text) {
    if (chromeLines.contains(text.toLowerCase(Locale.ROOT))) {
      return Role.CHROME;
    }
    if (VisibleDateLine.parse(text).isPresent()) {
      return Role.DATE;
    }
    if (languageNames.codeOf(text).isPresent()) {
      return Role.LANGUAGE_LINK;
    }
    if (Byline.parse(text).isPresent()) {
      return Role.BYLINE;
    }
    return Prose.isProse(text) ? Role.PROSE : Role.SHORT;
  }

  /** The title is the header line printed twice, else the first short line before the first date or prose. */
  private static void markTitle(List<ScrapeLine> lines) {
    int header = Math.min(lines.size(), HEADER_LINES);
    String title = null;
    for (int i = 0; i < header && title == null; i++) {
      for (int j = i + 1; j < header; j++) {
        if (lines.get(i).role() != Role.CHROME && lines.get(i).text().equals(lines.get(j).text())) {
          title = lines.get(i).text();
          break;
        }
      }
    }
    if (title == null) {
      for (ScrapeLine line : lines.subList(0, header)) {
        if (line.role() == Role.DATE || line.role() == Role.PROSE) {
          break;
        }
        if (line.role() == Role.SHORT) {
          title = line.text();
          break;
        }
      }
    }
    for (int i = 0; i < lines.size() && title != null; i++) {
      if (lines.get(i).text().equals(title)) {
        lines.set(i, lines.get(i).as(Role.TITLE));
      }
    }
  }

  private static String title(List<ScrapeLine> lines) {
    return lines.stream().filter(l -> l.role() == Role.TITLE).map(ScrapeLine::text).findFirst().orElse(null);
  }

  private static DateStamp date(List<ScrapeLine> lines, VisibleDateLine.Which which) {
    return lines.stream().filter(l -> l.role() == Role.DATE)
        .map(l -> VisibleDateLine.parse(l.text())).flatMap(Optional::stream)
        .filter(d -> d.which() == which).map(VisibleDateLine::date).findFirst().orElse(null);
  }

  private static List<Author> authors(List<ScrapeLine> lines) {
    return lines.stream().filter(l -> l.role() == Role.BYLINE)
        .map(l -> Byline.parse(l.text())).flatMap(Optional::stream).flatMap(List::stream).distinct().toList();
  }

  private List<Translation> translations(List<ScrapeLine> lines) {
    return lines.stream().filter(l -> l.role() == Role.LANGUAGE_LINK)
        .map(l -> new Translation(languageNames.codeOf(l.text()).orElseThrow(), l.text(), null))
        .distinct().toList();
  }

  private static int firstIndexOf(List<ScrapeLine> lines, Role role) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }

  private static int lastIndexOf(List<ScrapeLine> lines, Role role) {
    for (int i = lines.size() - 1; i >= 0; i--) {
      if (lines.get(i).role() == role) {
        return i;
      }
    }
    return -1;
  }
}
