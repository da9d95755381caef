package verbatim.index;

import java.time.LocalDate;
import java.util.List;

/**
 * The phrases that rose most in a period against the one before it.
 *
 * @param texts how many texts (documents, or the speaker's quotes) the period has
 * @param previousTexts how many the period before has
 * @param sampled whether a period had more texts than are read ({@link Trends#MAX_TEXTS}) and was sampled
 */
public record TrendResult(LocalDate from, LocalDate to, LocalDate previousFrom, LocalDate previousTo, long texts,
    long previousTexts, boolean sampled, List<Trend> phrases) {
  public TrendResult {
    phrases = List.copyOf(phrases);
  }
}
