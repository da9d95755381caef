package verbatim.core.publisher;

import crawlercommons.domains.EffectiveTldFinder;
import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The registrable domain a document came from ("news.donga.com" → "donga.com"), using the Public
 * Suffix List so that "bbc.co.uk" stays whole.
 */
public final class SourceDomain {
  private static final Pattern EMAIL_DOMAIN = Pattern.compile("@([A-Za-z0-9.-]+\\.[A-Za-z]{2,})");

  private SourceDomain() {}

  public static Optional<String> ofUrl(String url) {
    if (url == null) {
      return Optional.empty();
    }
    try {
      String host = URI.create(url.trim()).getHost();
      return registrable(host);
    } catch (IllegalArgumentException malformed) {
      return Optional.empty();
    }
  }

  /** The domain of the first e-mail address in {@code text} (a byline's). */
  public static Optional<String> ofEmail(String text) {
    if (text == null) {
      return Optional.empty();
    }
    Matcher m = EMAIL_DOMAIN.matcher(text);
    return m.find() ? registrable(m.group(1)) : Optional.empty();
  }

  private static Optional<String> registrable(String host) {
    if (host == null || host.isBlank()) {
      return Optional.empty();
    }
    String h = host.toLowerCase(Locale.ROOT);
    String domain = EffectiveTldFinder.getAssignedDomain(h, true, false);
    return Optional.ofNullable(domain == null || domain.isBlank() ? h : domain);
  }
}
