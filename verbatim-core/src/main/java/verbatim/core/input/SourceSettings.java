package verbatim.core.input;

/**
 * How sources read their inputs.
 *
 * @param maxBytes the largest document read from a file, an archive record or a JSON line
 *     (after gunzip); fetched pages are bounded by {@code fetch.maxBytes()}
 * @param fetch how feeds and their articles are fetched from the web
 * @param fullArticleChars the least text a feed entry's own content must hold to be read as the
 *     article instead of fetching its link
 */
public record SourceSettings(long maxBytes, FetchSettings fetch, int fullArticleChars) {
  public SourceSettings {
    if (maxBytes <= 0) {
      throw new IllegalArgumentException("size limit must be positive, was " + maxBytes);
    }
    if (fetch == null) {
      throw new IllegalArgumentException("fetch settings are required");
    }
    if (fullArticleChars < 0) {
      throw new IllegalArgumentException("full article length must not be negative, was " + fullArticleChars);
    }
  }

  /** 64 MiB documents, the default fetch settings, feed content of 1,000 characters or more. */
  public static SourceSettings defaults() {
    return new SourceSettings(BoundedBytes.DEFAULT_LIMIT, FetchSettings.defaults(), FeedSource.FULL_ARTICLE_CHARS);
  }

  /** The same size limit for files and fetched pages ({@code --max-bytes}). */
  public SourceSettings withMaxBytes(long bytes) {
    return new SourceSettings(bytes, fetch.withMaxBytes(bytes), fullArticleChars);
  }

  public SourceSettings withFetch(FetchSettings settings) {
    return new SourceSettings(maxBytes, settings, fullArticleChars);
  }
}
