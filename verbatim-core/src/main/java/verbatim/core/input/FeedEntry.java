package verbatim.core.input;

import java.time.Instant;

/**
 * What an RSS or Atom entry said of the page it links to. The page's own metadata is read later
 * and wins; these are the publisher's words in its feed, kept for when the page says nothing.
 *
 * @param title the entry's title, or {@code null}
 * @param published the entry's published date (its updated date when it has none), or {@code null}
 */
public record FeedEntry(String title, Instant published) {}
