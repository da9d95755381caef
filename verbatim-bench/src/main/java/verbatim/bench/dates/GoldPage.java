package verbatim.bench.dates;

import java.util.List;
import java.util.Objects;

/**
 * One evaluation page with its gold metadata; a field is null (authors empty) when the dataset
 * gives no reference for it.
 *
 * @param date the reference day, {@code YYYY-MM-DD}
 */
record GoldPage(String url, String file, String date, String title, List<String> authors) {
  GoldPage {
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(file, "file");
    authors = List.copyOf(authors);
  }
}
