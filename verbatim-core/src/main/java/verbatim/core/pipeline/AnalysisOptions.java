package verbatim.core.pipeline;

import java.time.ZoneId;
import java.util.Objects;
import verbatim.core.model.DocumentKind;
import verbatim.core.publisher.Publishers;

/**
 * How to analyse a batch.
 *
 * @param kind what the documents are
 * @param bodyOnly the inputs are already clean article bodies: take their text exactly
 * @param zone the zone for local times when neither the page nor the publisher's profile says,
 *     or {@code null} to report the zone as unknown
 * @param publishers the publisher profiles in force
 */
public record AnalysisOptions(DocumentKind kind, boolean bodyOnly, ZoneId zone, Publishers publishers) {
  public AnalysisOptions {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(publishers, "publishers");
  }

  public static AnalysisOptions defaults() {
    return new AnalysisOptions(DocumentKind.NEWS, false, null, Publishers.builtIn());
  }
}
