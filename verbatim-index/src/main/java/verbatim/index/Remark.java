package verbatim.index;

import java.util.List;
import java.util.Objects;

/**
 * One utterance and every report of it: the same speaker, close in time, close in wording.
 *
 * @param speaker who said it, as the reports name them
 * @param earliest the report published first
 * @param versions every report, earliest first (the earliest included)
 * @param sources how many publishers reported it
 */
public record Remark(String speaker, QuoteHit earliest, List<QuoteHit> versions, int sources) {
  public Remark {
    Objects.requireNonNull(earliest, "earliest");
    versions = List.copyOf(versions);
  }
}
