package verbatim.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * A search over documents. Every filter given must hold; values of one filter are alternatives.
 *
 * @param text words to find, in the query syntax of {@link Corpus#search} ({@code null}: every document)
 * @param from first day published, inclusive, as the publisher's calendar says ({@code null}: no bound)
 * @param to last day published, inclusive ({@code null}: no bound)
 * @param speakers names of people quoted in the document: a full name finds that person however
 *     written, a single name finds everyone called so
 * @param entities names of people, organisations or places the document mentions, matched like speakers
 */
public record SearchQuery(
    String text,
    LocalDate from,
    LocalDate to,
    List<String> sources,
    List<String> kinds,
    List<String> languages,
    List<String> speakers,
    List<String> entities,
    Order order,
    Page page) {
  public SearchQuery {
    sources = List.copyOf(sources);
    kinds = List.copyOf(kinds);
    languages = List.copyOf(languages);
    speakers = List.copyOf(speakers);
    entities = List.copyOf(entities);
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(page, "page");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
  }

  /** Every document, newest first. */
  public static SearchQuery all() {
    return new SearchQuery(null, null, null, List.of(), List.of(), List.of(), List.of(), List.of(), Order.RELEVANCE,
        Page.FIRST);
  }

  public static SearchQuery text(String text) {
    return all().withText(text);
  }

  public SearchQuery withText(String value) {
    return new SearchQuery(value, from, to, sources, kinds, languages, speakers, entities, order, page);
  }

  public SearchQuery between(LocalDate first, LocalDate last) {
    return new SearchQuery(text, first, last, sources, kinds, languages, speakers, entities, order, page);
  }

  public SearchQuery withSources(String... values) {
    return new SearchQuery(text, from, to, List.of(values), kinds, languages, speakers, entities, order, page);
  }

  public SearchQuery withKinds(String... values) {
    return new SearchQuery(text, from, to, sources, List.of(values), languages, speakers, entities, order, page);
  }

  public SearchQuery withLanguages(String... values) {
    return new SearchQuery(text, from, to, sources, kinds, List.of(values), speakers, entities, order, page);
  }

  public SearchQuery withSpeakers(String... values) {
    return new SearchQuery(text, from, to, sources, kinds, languages, List.of(values), entities, order, page);
  }

  public SearchQuery withEntities(String... values) {
    return new SearchQuery(text, from, to, sources, kinds, languages, speakers, List.of(values), order, page);
  }

  public SearchQuery ordered(Order value) {
    return new SearchQuery(text, from, to, sources, kinds, languages, speakers, entities, value, page);
  }

  public SearchQuery at(Page value) {
    return new SearchQuery(text, from, to, sources, kinds, languages, speakers, entities, order, value);
  }
}
