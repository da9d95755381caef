package verbatim.core.pipeline;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Problem;
import verbatim.core.model.ZoneOrigin;
import verbatim.core.publisher.PublisherProfile;

/**
 * Gives a document date its zone when the page printed none: the publisher's profile first, then
 * the user's {@code --zone}; otherwise the date stays unzoned and a problem says so. Never UTC by
 * default.
 */
final class ZoneResolver {
  private final ZoneId userZone;

  ZoneResolver(ZoneId userZone) {
    this.userZone = userZone;
  }

  DateStamp resolve(DateStamp date, Optional<PublisherProfile> publisher, String which, List<Problem> problems) {
    if (date == null || date.zoneKnown()) {
      return date;
    }
    if (publisher.isPresent()) {
      return date.inZone(publisher.get().zone(), ZoneOrigin.PUBLISHER_PROFILE);
    }
    if (userZone != null) {
      return date.inZone(userZone, ZoneOrigin.USER);
    }
    problems.add(new Problem("zone-unknown", "the " + which + " date " + date.iso()
        + " has no zone: the page gives none, no publisher profile matches, and no --zone was given"));
    return date;
  }
}
