package verbatim.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * Two versions of a statement compared.
 *
 * @param a the first version (the older one, when there is an order)
 * @param b the second version
 * @param sentences one row per sentence pair, in reading order: the second version's order, with
 *     each removed sentence where it stood in the first
 * @param dropped phrases of {@code a} that {@code b} has nowhere, most significant first
 * @param added phrases of {@code b} that {@code a} has nowhere, most significant first
 */
public record Comparison(Statement a, Statement b, List<SentencePair> sentences, Counts counts, List<Phrase> dropped,
    List<Phrase> added) {
  public Comparison {
    Objects.requireNonNull(a, "a");
    Objects.requireNonNull(b, "b");
    Objects.requireNonNull(counts, "counts");
    sentences = List.copyOf(sentences);
    dropped = List.copyOf(dropped);
    added = List.copyOf(added);
  }
}
