package verbatim.core.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * What marks page furniture and article prose, read once from {@code content-patterns.properties}
 * beside this class. Immutable, so one instance serves every thread.
 *
 * @param prunedTags elements that never hold article prose
 * @param furnitureTags elements that hold furniture unless they wrap most of the page
 * @param boilerplate class/id tokens of furniture (comments, share bars, teasers, ads)
 * @param contentNames whole class names or ids of prose containers; they overrule
 *     {@code boilerplate}
 * @param content class/id tokens of article prose; they overrule {@code boilerplate}
 * @param body class/id tokens of known article-body containers
 * @param lead class/id tokens of an article's lead
 * @param phrases whole short blocks that are furniture ("Advertisement", "Read more")
 */
record ContentPatterns(
    Set<String> prunedTags,
    Set<String> furnitureTags,
    Set<String> boilerplate,
    Set<String> contentNames,
    Set<String> content,
    Set<String> body,
    Set<String> lead,
    Set<String> phrases) {
  private static final String RESOURCE = "content-patterns.properties";
  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern JOINERS = Pattern.compile("[-_]+");
  private static final Set<String> STATE_WORDS = Set.of("has", "with", "no", "without");
  private static final Pattern EDGE_PUNCTUATION = Pattern.compile("^[\\p{P}\\p{S}\\s]+|[\\p{P}\\p{S}\\s]+$");

  ContentPatterns {
    prunedTags = Set.copyOf(prunedTags);
    furnitureTags = Set.copyOf(furnitureTags);
    contentNames = Set.copyOf(contentNames);
    boilerplate = Set.copyOf(boilerplate);
    content = Set.copyOf(content);
    body = Set.copyOf(body);
    lead = Set.copyOf(lead);
    phrases = Set.copyOf(phrases);
  }

  /** The shipped patterns; a missing or unreadable resource is a packaging bug and throws. */
  static ContentPatterns load() {
    Properties p = new Properties();
    try (InputStream in = ContentPatterns.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource " + RESOURCE + " beside " + ContentPatterns.class);
      }
      p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new ContentPatterns(
        split(p, "pruned.tags", "\\s+"),
        split(p, "furniture.tags", "\\s+"),
        split(p, "boilerplate.tokens", "\\s+"),
        split(p, "content.names", "\\s+"),
        split(p, "content.tokens", "\\s+"),
        split(p, "body.tokens", "\\s+"),
        split(p, "lead.tokens", "\\s+"),
        split(p, "boilerplate.phrases", "\\s*\\|\\s*"));
  }

  private static Set<String> split(Properties p, String key, String separator) {
    String value = p.getProperty(key);
    if (value == null) {
      throw new IllegalStateException(RESOURCE + " has no key " + key);
    }
    return Arrays.stream(value.strip().split(separator)).filter(s -> !s.isEmpty()).collect(Collectors.toSet());
  }

  boolean isFurniture(Element e) {
    return matches(e, boilerplate) && !matches(e, content) && !named(e, contentNames);
  }

  boolean isContent(Element e) {
    return matches(e, content);
  }

  boolean isKnownBody(Element e) {
    return "articleBody".equals(e.attr("itemprop")) || matches(e, body);
  }

  boolean isLead(Element e) {
    return matches(e, lead);
  }

  boolean isFurniturePhrase(String block) {
    if (block.length() > 40) {
      return false;
    }
    String key = EDGE_PUNCTUATION.matcher(block.toLowerCase(Locale.ROOT)).replaceAll("");
    return phrases.contains(key);
  }

  /** Whether one of the element's whole class names, or its id, is in {@code names}. */
  private static boolean named(Element e, Set<String> names) {
    String id = e.id();
    if (!id.isEmpty() && names.contains(id.toLowerCase(Locale.ROOT))) {
      return true;
    }
    String classes = e.attr("class");
    if (classes.isEmpty()) {
      return false;
    }
    for (String name : SPACES.split(classes.toLowerCase(Locale.ROOT))) {
      if (names.contains(name)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether one of the element's class names or its id, or a run of their "-"/"_"-separated
   * parts, is in {@code tokens}: "post-comment-list" matches "comment" and "comment-list".
   */
  private static boolean matches(Element e, Set<String> tokens) {
    return attributeMatches(e.attr("class"), tokens) || attributeMatches(e.id(), tokens)
        || (e.normalName().indexOf('-') > 0 && attributeMatches(e.normalName(), tokens));
  }

  private static boolean attributeMatches(String value, Set<String> tokens) {
    if (value.isEmpty()) {
      return false;
    }
    for (String name : SPACES.split(value.toLowerCase(Locale.ROOT))) {
      if (name.isEmpty()) {
        continue;
      }
      if (tokens.contains(name)) {
        return true;
      }
      if (name.indexOf('-') < 0 && name.indexOf('_') < 0) {
        continue;
      }
      String[] parts = JOINERS.split(name);
      if (parts.length > 1 && anyRun(parts, tokens)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Runs of one or two consecutive parts, joined with "-", and one run joined with nothing. Parts
   * after a state word ("section--has-ads", "layout-with-sidebar", "no-comments") describe what the
   * element holds or lacks, not what it is, and are not read.
   */
  private static boolean anyRun(String[] parts, Set<String> tokens) {
    for (int i = 0; i < parts.length; i++) {
      if (STATE_WORDS.contains(parts[i])) {
        return false;
      }
      if (tokens.contains(parts[i])) {
        return true;
      }
      if (i + 1 < parts.length
          && (tokens.contains(parts[i] + "-" + parts[i + 1]) || tokens.contains(parts[i] + parts[i + 1]))) {
        return true;
      }
    }
    return false;
  }
}
