package verbatim.core.diff;

import java.util.List;
import java.util.Objects;

/**
 * One row of the comparison: a sentence of the first version, of the second, or both.
 *
 * @param a the sentence in the first version, or {@code null} when {@link SentenceStatus#ADDED}
 * @param b the sentence in the second version, or {@code null} when {@link SentenceStatus#REMOVED}
 * @param similarity how alike the two are, from 0 to 1 (see {@link StatementDiff}); 0 when one is missing
 * @param edits the word-level changes from {@code a} to {@code b}, in order; empty unless reworded
 */
public record SentencePair(SentenceStatus status, DiffSentence a, DiffSentence b, double similarity, List<WordEdit> edits) {
  public SentencePair {
    Objects.requireNonNull(status, "status");
    edits = List.copyOf(edits);
    if ((a == null) != (status == SentenceStatus.ADDED) || (b == null) != (status == SentenceStatus.REMOVED)) {
      throw new IllegalArgumentException(status + " with sentences " + a + " and " + b);
    }
    if (similarity < 0 || similarity > 1) {
      throw new IllegalArgumentException("similarity " + similarity + " is not in [0, 1]");
    }
  }

  /** Whether the words changed, whatever the place: a reworded sentence, or a moved one that was also reworded. */
  public boolean reworded() {
    return !edits.isEmpty();
  }
}
