package verbatim.core.input;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.XmlReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.time.Instant;
import java.util.Date;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The articles an RSS or Atom feed lists, one item per entry, in the feed's order. An entry whose
 * feed content is the whole article (RSS {@code content:encoded}, Atom {@code content}, at least
 * {@link #FULL_ARTICLE_CHARS} characters of text) is read from the feed; any other is fetched from
 * its link, politely, when the item is asked for. Each page carries the entry's title and
 * published date ({@link FeedEntry}). An entry that cannot be read (no link, HTTP 404, refused by
 * robots.txt, a timeout) fails alone, named {@code feed.xml#entry 3 (https://…)}.
 */
public final class FeedSource implements DocumentSource {
  /** Summaries run to a few hundred characters; a feed that carries the article carries far more. */
  public static final int FULL_ARTICLE_CHARS = 1000;

  private final String container;
  private final byte[] feed;
  private URI base;
  private final Fetcher fetcher;
  private final int fullArticleChars;
  private final SkipTally skipped = new SkipTally();
  private final Set<URI> seen = new HashSet<>();
  private List<SyndEntry> entries;
  private int index;

  /**
   * @param container the feed's file name or address, used to name each entry
   * @param feed the feed's bytes (feeds are small: read whole within the size limit)
   * @param base the feed's address, against which relative links are resolved, or {@code null}
   *     to use the feed's own link
   * @param fetcher fetches the articles the entries link to
   * @param fullArticleChars the least text an entry's own content must have to stand for the article
   */
  public FeedSource(String container, byte[] feed, URI base, Fetcher fetcher, int fullArticleChars) {
    this.container = container;
    this.feed = feed;
    this.base = base;
    this.fetcher = fetcher;
    this.fullArticleChars = fullArticleChars;
  }

  @Override
  public Optional<SourceItem> next() {
    if (entries == null) {
      try {
        entries = parse(feed);
      } catch (InputException e) {
        entries = List.of();
        return Optional.of(new SourceItem.Failed(container, e.getMessage()));
      }
    }
    while (index < entries.size()) {
      SyndEntry entry = entries.get(index++);
      Optional<SourceItem> item = itemOf(entry, index);
      if (item.isPresent()) {
        return item;
      }
    }
    return Optional.empty();
  }

  private List<SyndEntry> parse(byte[] feed) throws InputException {
    try {
      // Rome refuses DOCTYPEs by default, which also keeps external entities out
      SyndFeed parsed = new SyndFeedInput().build(new XmlReader(new ByteArrayInputStream(feed)));
      if (base == null) {
        base = absolute(parsed.getLink());
      }
      return List.copyOf(parsed.getEntries());
    } catch (FeedException | IllegalArgumentException | IOException e) {
      throw new InputException("not a readable RSS or Atom feed: " + e.getMessage(), e);
    }
  }

  private Optional<SourceItem> itemOf(SyndEntry entry, int number) {
    FeedEntry listed = new FeedEntry(clean(entry.getTitle()), published(entry));
    Optional<URI> link = link(entry);
    String name = container + "#entry " + number + link.map(l -> " (" + l + ")").orElse("");
    if (link.isPresent() && !seen.add(link.get())) {
      skipped.count("entry repeating an earlier link");
      return Optional.empty();
    }
    Optional<String> article = fullArticle(entry);
    if (article.isPresent()) {
      byte[] page = FeedArticlePage.html(listed, link.map(URI::toString).orElse(null), article.get());
      return Optional.of(new SourceItem.Raw(new RawInput(name, page, link.map(URI::toString).orElse(null), null, listed)));
    }
    if (link.isEmpty()) {
      return Optional.of(new SourceItem.Failed(name, "the entry has no usable link and too little content to read"));
    }
    try {
      Fetched fetched = fetcher.fetch(link.get());
      return Optional.of(new SourceItem.Raw(
          new RawInput(name, fetched.body(), fetched.url().toString(), fetched.fetched(), listed)));
    } catch (InputException e) {
      return Optional.of(new SourceItem.Failed(name, e.getMessage()));
    }
  }

  private Optional<URI> link(SyndEntry entry) {
    String link = clean(entry.getLink());
    if (link == null) {
      return Optional.empty();
    }
    try {
      URI uri = base != null ? base.resolve(link) : URI.create(link);
      return uri.isAbsolute() ? Optional.of(uri) : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private Optional<String> fullArticle(SyndEntry entry) {
    for (SyndContent content : entry.getContents()) {
      String value = content.getValue();
      if (value != null && FeedArticlePage.textLength(value, content.getType()) >= fullArticleChars) {
        return Optional.of(FeedArticlePage.asHtml(value, content.getType()));
      }
    }
    return Optional.empty();
  }

  /** A feed file read from disk still says where it lives: its own link resolves relative ones. */
  private static URI absolute(String link) {
    try {
      URI uri = link == null ? null : URI.create(link.strip());
      return uri != null && uri.isAbsolute() ? uri : null;
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  private static Instant published(SyndEntry entry) {
    Date date = entry.getPublishedDate() != null ? entry.getPublishedDate() : entry.getUpdatedDate();
    return date == null ? null : date.toInstant();
  }

  private static String clean(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  @Override
  public Skipped skipped() {
    return skipped.snapshot();
  }

  @Override
  public void close() {
    entries = List.of();
  }
}
