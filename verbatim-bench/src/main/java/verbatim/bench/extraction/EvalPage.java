package verbatim.bench.extraction;

import java.util.List;
import java.util.Objects;

/**
 * One annotated page: its id in the dataset, address, decoded HTML and gold standard.
 *
 * @param id the dataset's key for the page (aeb item id, trafilatura file name)
 */
record EvalPage(String id, String url, String html, Gold gold) {
  EvalPage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(html, "html");
    Objects.requireNonNull(gold, "gold");
  }

  /** What a page is scored against: a whole gold body, or segments that must (not) appear. */
  sealed interface Gold permits Body, Segments {}

  /** The article-extraction-benchmark gold: the full article body. */
  record Body(String text) implements Gold {
    Body {
      Objects.requireNonNull(text, "text");
    }
  }

  /** The trafilatura-eval gold: segments that must appear and ones that must not. */
  record Segments(List<String> with, List<String> without) implements Gold {
    Segments {
      with = List.copyOf(with);
      without = List.copyOf(without);
    }
  }
}
