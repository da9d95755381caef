package verbatim.index;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A search over quotes. Every part given must hold.
 *
 * @param speaker who said it: a full name finds that person's quotes however the quote named them
 *     ("Trump", "the president", "he"); a single name finds everyone called so
 * @param about someone or something the quoted words mention
 * @param text words in the quote
 */
public record QuoteQuery(String speaker, String about, LocalDate from, LocalDate to, String text, Order order,
    Page page) {
  public QuoteQuery {
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(page, "page");
    if (from != null && to != null && to.isBefore(from)) {
      throw new IllegalArgumentException("'to' " + to + " is before 'from' " + from);
    }
  }

  /** Every quote, newest first. */
  public static QuoteQuery all() {
    return new QuoteQuery(null, null, null, null, null, Order.RELEVANCE, Page.FIRST);
  }

  public static QuoteQuery by(String speaker) {
    return all().withSpeaker(speaker);
  }

  public QuoteQuery withSpeaker(String value) {
    return new QuoteQuery(value, about, from, to, text, order, page);
  }

  public QuoteQuery about(String value) {
    return new QuoteQuery(speaker, value, from, to, text, order, page);
  }

  public QuoteQuery between(LocalDate first, LocalDate last) {
    return new QuoteQuery(speaker, about, first, last, text, order, page);
  }

  public QuoteQuery withText(String value) {
    return new QuoteQuery(speaker, about, from, to, value, order, page);
  }

  public QuoteQuery ordered(Order value) {
    return new QuoteQuery(speaker, about, from, to, text, value, page);
  }

  public QuoteQuery at(Page value) {
    return new QuoteQuery(speaker, about, from, to, text, order, value);
  }
}
