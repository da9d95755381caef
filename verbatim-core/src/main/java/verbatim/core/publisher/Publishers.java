package verbatim.core.publisher;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The publisher profiles in force: the built-in list, overridden by a user's file. Immutable.
 * A malformed profile file is a configuration error and throws at once, naming the line.
 */
public final class Publishers {
  private static final String RESOURCE = "publishers.tsv";

  private final Map<String, PublisherProfile> byDomain;

  private Publishers(Map<String, PublisherProfile> byDomain) {
    this.byDomain = Map.copyOf(byDomain);
  }

  /** The profiles that ship with verbatim. */
  public static Publishers builtIn() {
    try (InputStream in = Publishers.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource verbatim/core/publisher/" + RESOURCE);
      }
      return new Publishers(parse(in, "built-in " + RESOURCE));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** These profiles, with those in {@code file} added or replacing ones of the same domain. */
  public Publishers with(Path file) throws IOException {
    Map<String, PublisherProfile> merged = new HashMap<>(byDomain);
    try (InputStream in = Files.newInputStream(file)) {
      merged.putAll(parse(in, file.toString()));
    }
    return new Publishers(merged);
  }

  /** The profile of {@code domain} or of the nearest parent domain that has one. */
  public Optional<PublisherProfile> of(String domain) {
    if (domain == null) {
      return Optional.empty();
    }
    String d = domain.toLowerCase(Locale.ROOT);
    while (true) {
      PublisherProfile profile = byDomain.get(d);
      if (profile != null) {
        return Optional.of(profile);
      }
      int dot = d.indexOf('.');
      if (dot < 0 || d.indexOf('.', dot + 1) < 0) {
        return Optional.empty();
      }
      d = d.substring(dot + 1);
    }
  }

  private static Map<String, PublisherProfile> parse(InputStream in, String where) throws IOException {
    Map<String, PublisherProfile> profiles = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int n = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      n++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 3) {
        throw new IllegalArgumentException(where + " line " + n + ": expected domain<TAB>name<TAB>zone, got \"" + line + "\"");
      }
      try {
        String domain = cols[0].trim().toLowerCase(Locale.ROOT);
        profiles.put(domain, new PublisherProfile(domain, cols[1].trim(), ZoneId.of(cols[2].trim())));
      } catch (DateTimeException e) {
        throw new IllegalArgumentException(where + " line " + n + ": unknown zone \"" + cols[2].trim() + "\"", e);
      }
    }
    return profiles;
  }
}
