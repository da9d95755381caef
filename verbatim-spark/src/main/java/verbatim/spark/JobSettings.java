package verbatim.spark;

import java.io.Serializable;
import java.time.ZoneId;
import java.util.Objects;
import verbatim.core.input.SourceSettings;
import verbatim.core.model.DocumentKind;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.publisher.Publishers;

/**
 * How the job reads and analyses, sent from the driver to every task: core's options are not
 * serializable, so they are made again on each executor from these values.
 *
 * @param kind what the documents are
 * @param bodyOnly the inputs are already clean article bodies
 * @param zone the zone for local times no page or publisher explains, or {@code null}
 * @param maxBytes the largest document read (after gunzip)
 */
public record JobSettings(DocumentKind kind, boolean bodyOnly, ZoneId zone, long maxBytes) implements Serializable {
  public JobSettings {
    Objects.requireNonNull(kind, "kind");
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive, was " + maxBytes);
    }
  }

  public static JobSettings defaults() {
    return new JobSettings(DocumentKind.NEWS, false, null, SourceSettings.defaults().maxBytes());
  }

  /** The options {@code verbatim analyze} would use with the same flags. */
  public AnalysisOptions options() {
    return new AnalysisOptions(kind, bodyOnly, zone, Publishers.builtIn());
  }

  public SourceSettings sources() {
    return SourceSettings.defaults().withMaxBytes(maxBytes);
  }
}
