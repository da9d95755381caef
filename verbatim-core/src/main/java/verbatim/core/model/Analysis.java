package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/** Everything verbatim found in one document: the article, its entities, dates and quotations. */
public record Analysis(Document document, List<Entity> entities, List<DateMention> dates, List<Quote> quotes) {
  public Analysis {
    Objects.requireNonNull(document, "document");
    entities = List.copyOf(entities);
    dates = List.copyOf(dates);
    quotes = List.copyOf(quotes);
  }

  /** A document with nothing found in it beyond the article. */
  public static Analysis of(Document document) {
    return new Analysis(document, List.of(), List.of(), List.of());
  }
}
