package verbatim.core.publisher;

import java.time.ZoneId;
import java.util.Objects;

/** What verbatim knows of one publisher, keyed by its registrable domain. */
public record PublisherProfile(String domain, String name, ZoneId zone) {
  public PublisherProfile {
    Objects.requireNonNull(domain, "domain");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(zone, "zone");
  }
}
