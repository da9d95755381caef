package verbatim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Article;
import verbatim.core.model.Span;

class BodyOnlyExtractorTest {
  @Test
  void textIsKeptExactlyAndParagraphsAreTrimmedRuns() {
    String body = "  First line\r\nstill first.\r\n\r\n\tSecond.  \n\n\n";
    Article a = new BodyOnlyExtractor().extract(new Page("b", body, PageFormat.BODY, null, List.of()));
    assertThat(a.text()).isEqualTo(body);
    assertThat(a.paragraphs()).containsExactly(new Span(2, 26), new Span(31, 38));
    assertThat(a.paragraphs().get(0).of(body)).isEqualTo("First line\r\nstill first.");
    assertThat(a.paragraphs().get(1).of(body)).isEqualTo("Second.");
  }

  @Test
  void emptyBodyHasNoParagraphs() {
    assertThat(Paragraphs.of("")).isEmpty();
    assertThat(Paragraphs.of("\n \n")).isEmpty();
  }
}
