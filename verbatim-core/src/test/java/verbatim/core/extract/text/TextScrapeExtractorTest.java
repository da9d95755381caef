package verbatim.core.extract.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.extract.Page;
import verbatim.core.extract.PageFormat;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.DateStamp.Precision;

class TextScrapeExtractorTest {
  private final TextScrapeExtractor extractor = TextScrapeExtractor.standard();

  private Article extract(String scrape) {
    return extractor.extract(new Page("t", scrape, PageFormat.TEXT, null, List.of()));
  }

  @Test
  void koreanDateLinesAndABylineBeforeTheBody() {
    Article a = extract(String.join("\n",
        "본문 바로가기", "", "Harbour deal signed after long night", "", "입력 2024-03-05 18:40", "수정 2024-03-05 21:05",
        "", "By Mira Castell and Joon Park", "",
        "The agreement was signed shortly after midnight, after eleven hours of talks in the port city.",
        "", "What comes next", "",
        "Both sides will meet again in April to settle the details of the quotas for the northern banks.",
        "", "Share", "Print"));
    assertThat(a.title()).isEqualTo("Harbour deal signed after long night");
    assertThat(a.published().local()).hasToString("2024-03-05T18:40");
    assertThat(a.published().precision()).isEqualTo(Precision.MINUTE);
    assertThat(a.updated().local()).hasToString("2024-03-05T21:05");
    assertThat(a.authors()).containsExactly(new Author("Mira Castell", null), new Author("Joon Park", null));
    assertThat(a.paragraphs()).hasSize(3);
    assertThat(a.text()).contains("What comes next").doesNotContain("Share").doesNotContain("Print");
  }

  @Test
  void noProseMeansNoBodyAndAProblem() {
    Article a = extract("Menu\nHome\nSearch\n");
    assertThat(a.text()).isEmpty();
    assertThat(a.problems()).extracting(p -> p.code()).containsExactly("no-body");
  }

  @Test
  void paragraphSpansPointIntoTheText() {
    Article a = extract("A short title here\n\nFirst paragraph of the story, long enough to be prose for sure.\n\n"
        + "Second paragraph of the story, also long enough to be prose for sure.");
    assertThat(a.paragraphs()).hasSize(2);
    assertThat(a.paragraphs().get(1).of(a.text())).startsWith("Second paragraph");
  }
}
