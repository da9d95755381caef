package verbatim.spark;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;
import verbatim.core.input.FeedEntry;
import verbatim.core.input.RawInput;

/** What reading a file yields: a page still to analyse, or a row that needs no analysis. */
sealed interface Item extends Serializable permits Item.Page, Item.Done {

  /**
   * One document's bytes and where they came from: core's {@link RawInput}, in a form that
   * crosses a shuffle.
   */
  record Page(String input, byte[] bytes, String url, Instant fetched, String feedTitle, Instant feedPublished)
      implements Item {
    public Page {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(bytes, "bytes");
    }

    // the array is not copied: pages are large and this record is only passed along, as RawInput is

    static Page of(RawInput raw) {
      FeedEntry entry = raw.feedEntry();
      return new Page(raw.name(), raw.bytes(), raw.url(), raw.fetched(),
          entry == null ? null : entry.title(), entry == null ? null : entry.published());
    }

    RawInput raw() {
      FeedEntry entry = feedTitle == null && feedPublished == null ? null : new FeedEntry(feedTitle, feedPublished);
      return new RawInput(input, bytes, url, fetched, entry);
    }
  }

  /** An analysis line passed through, a record that could not be read, or a file's skip counts. */
  record Done(Result result) implements Item {
    public Done {
      Objects.requireNonNull(result, "result");
    }
  }
}
