package verbatim.core.extract;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Languages' own names for themselves ("한국어", "日本語", "Deutsch"), as a site prints them on a
 * link to another-language version of an article. Both the HTML metadata reader and the text-scrape
 * extractor use it, so the list lives in one data file, {@code language-names.tsv}. Immutable and
 * thread-safe.
 */
public final class LanguageNames {
  private static final String RESOURCE = "language-names.tsv";
  private static volatile LanguageNames shared;

  private final Map<String, String> codeByLabel;

  private LanguageNames(Map<String, String> codeByLabel) {
    this.codeByLabel = Map.copyOf(codeByLabel);
  }

  /** The list shipped with verbatim; read once, then shared. */
  public static LanguageNames load() {
    LanguageNames names = shared;
    if (names == null) {
      try (InputStream in = LanguageNames.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource verbatim/core/extract/" + RESOURCE);
        }
        names = parse(in);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read " + RESOURCE, e);
      }
      shared = names;
    }
    return names;
  }

  /** Reads {@code code<TAB>label} lines; '#' starts a comment line. A malformed line is a misuse and throws. */
  static LanguageNames parse(InputStream in) throws IOException {
    Map<String, String> byLabel = new HashMap<>();
    BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
    int lineNo = 0;
    for (String line = reader.readLine(); line != null; line = reader.readLine()) {
      lineNo++;
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] cols = line.split("\t");
      if (cols.length != 2 || cols[0].isBlank() || cols[1].isBlank()) {
        throw new IllegalArgumentException(RESOURCE + " line " + lineNo + ": expected code<TAB>label, got '" + line + "'");
      }
      byLabel.put(key(cols[1]), cols[0].trim().toLowerCase(Locale.ROOT));
    }
    return new LanguageNames(byLabel);
  }

  /**
   * The language code when {@code label}, as a whole (case, spacing and surrounding brackets
   * aside), is a language's own name; empty otherwise, including for null.
   */
  public Optional<String> codeOf(String label) {
    if (label == null || label.length() > 40) {
      return Optional.empty();
    }
    return Optional.ofNullable(codeByLabel.get(key(label)));
  }

  private static String key(String label) {
    String s = Normalizer.normalize(Whitespace.normalize(label), Normalizer.Form.NFC);
    s = s.replaceAll("^[\\[(（【]+|[\\])）】]+$", "").trim();
    return s.toLowerCase(Locale.ROOT);
  }
}
