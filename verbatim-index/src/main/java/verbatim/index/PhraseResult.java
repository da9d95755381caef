package verbatim.index;

import java.util.List;
import java.util.Objects;

/**
 * Where and when a phrase was used.
 *
 * @param phrase the phrase asked for
 * @param variants every wording looked for, the phrase first
 * @param first the oldest use from {@code since} on, or {@code null} when there is none
 * @param total how many documents use it from {@code since} to {@code until}
 * @param uses a page of those documents, oldest first
 * @param earlierTotal how many documents use it before {@code since}
 * @param earlier the first page of those, oldest first
 * @param by how the timeline groups uses
 * @param timeline documents per period over every use up to {@code until}, the earlier ones
 *     included, periods with none filled in between the first and the last
 * @param bySource documents per publisher over the same uses, most first
 * @param byIssuer documents per issuer over the same uses, most first
 * @param bySpeaker documents per person quoted in them over the same uses, most first
 */
public record PhraseResult(
    String phrase,
    List<PhraseVariant> variants,
    PhraseUse first,
    long total,
    List<PhraseUse> uses,
    long earlierTotal,
    List<PhraseUse> earlier,
    Granularity by,
    List<PeriodCount> timeline,
    List<FacetCount> bySource,
    List<FacetCount> byIssuer,
    List<FacetCount> bySpeaker) {
  public PhraseResult {
    Objects.requireNonNull(phrase, "phrase");
    variants = List.copyOf(variants);
    uses = List.copyOf(uses);
    earlier = List.copyOf(earlier);
    Objects.requireNonNull(by, "by");
    timeline = List.copyOf(timeline);
    bySource = List.copyOf(bySource);
    byIssuer = List.copyOf(byIssuer);
    bySpeaker = List.copyOf(bySpeaker);
  }
}
