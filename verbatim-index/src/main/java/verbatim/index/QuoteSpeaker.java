package verbatim.index;

import java.util.List;

/**
 * Who a found quote is attributed to.
 *
 * @param type ENTITY, ANONYMOUS, DOCUMENT, GROUP or UNKNOWN, as in the analysis JSON
 * @param said the words naming the source where the quote is attributed ("he", "a senior official"),
 *     or {@code null}
 * @param name the fullest name the document gives the source ("Donald Trump"), or its description
 * @param people the corpus-wide keys of the people it stands for, as {@link Corpus#people()} gives them
 */
public record QuoteSpeaker(String type, String said, String name, List<String> people) {
  public QuoteSpeaker {
    people = List.copyOf(people);
  }
}
