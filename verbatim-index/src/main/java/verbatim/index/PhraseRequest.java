package verbatim.index;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * Where and when a phrase was used. Every filter given must hold; values of one filter are
 * alternatives.
 *
 * @param phrase the words to find, in this order
 * @param since first day of the uses listed, inclusive; uses before it are the earlier ones
 *     ({@code null}: every use is listed, none is earlier)
 * @param until last day of every use counted, inclusive ({@code null}: no bound)
 * @param kinds document kinds: STATEMENT, PRESS_RELEASE, NEWS, TRANSCRIPT
 * @param issuers who issued the document, as given at ingest ({@code --issuer}), case aside
 * @param speakers people quoted in the document (a full name finds that person however written,
 *     a single name everyone called so); the phrase itself need not be in their quote
 * @param sources publishers' domains
 * @param exact only the phrase as typed, no variant: no alias, other spelling or related expression
 *     (the endings English stemming folds, "statement"/"statements", still meet)
 * @param by how the timeline groups uses
 * @param page which uses to list, oldest first; the earlier uses are the first {@code page.limit()}
 */
public record PhraseRequest(
    String phrase,
    LocalDate since,
    LocalDate until,
    List<String> kinds,
    List<String> issuers,
    List<String> speakers,
    List<String> sources,
    boolean exact,
    Granularity by,
    Page page) {
  /** Longer than this is a paragraph, not a phrase. */
  public static final int MAX_LENGTH = 500;

  public PhraseRequest {
    Objects.requireNonNull(phrase, "phrase");
    if (phrase.isBlank()) {
      throw new IllegalArgumentException("the phrase is empty");
    }
    if (phrase.length() > MAX_LENGTH) {
      throw new IllegalArgumentException("the phrase has " + phrase.length() + " characters, more than " + MAX_LENGTH);
    }
    if (since != null && until != null && until.isBefore(since)) {
      throw new IllegalArgumentException("'until' " + until + " is before 'since' " + since);
    }
    kinds = List.copyOf(kinds);
    issuers = List.copyOf(issuers);
    speakers = List.copyOf(speakers);
    sources = List.copyOf(sources);
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(page, "page");
  }

  /** Every use of {@code phrase} and its variants, by month. */
  public static PhraseRequest of(String phrase) {
    return new PhraseRequest(phrase, null, null, List.of(), List.of(), List.of(), List.of(), false,
        Granularity.MONTH, Page.FIRST);
  }

  public PhraseRequest since(LocalDate day) {
    return new PhraseRequest(phrase, day, until, kinds, issuers, speakers, sources, exact, by, page);
  }

  public PhraseRequest until(LocalDate day) {
    return new PhraseRequest(phrase, since, day, kinds, issuers, speakers, sources, exact, by, page);
  }

  public PhraseRequest withKinds(String... values) {
    return new PhraseRequest(phrase, since, until, List.of(values), issuers, speakers, sources, exact, by, page);
  }

  public PhraseRequest withIssuers(String... values) {
    return new PhraseRequest(phrase, since, until, kinds, List.of(values), speakers, sources, exact, by, page);
  }

  public PhraseRequest withSpeakers(String... values) {
    return new PhraseRequest(phrase, since, until, kinds, issuers, List.of(values), sources, exact, by, page);
  }

  public PhraseRequest withSources(String... values) {
    return new PhraseRequest(phrase, since, until, kinds, issuers, speakers, List.of(values), exact, by, page);
  }

  public PhraseRequest exactly() {
    return new PhraseRequest(phrase, since, until, kinds, issuers, speakers, sources, true, by, page);
  }

  public PhraseRequest by(Granularity value) {
    return new PhraseRequest(phrase, since, until, kinds, issuers, speakers, sources, exact, value, page);
  }

  public PhraseRequest at(Page value) {
    return new PhraseRequest(phrase, since, until, kinds, issuers, speakers, sources, exact, by, value);
  }
}
