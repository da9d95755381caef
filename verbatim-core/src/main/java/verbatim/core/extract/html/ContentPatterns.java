package verbatim.core.extract.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.nodes.Element;

/**
 * What marks page furniture and article prose, read once from {@code content-patterns.properties}
 * beside this class. Immutable, so one instance serves every thread.
 *
 * @param prunedTags elements that never hold article prose
 * @param boilerplate class/id tokens of furniture (comments, share bars, teasers, ads)
 * @param content class/id tokens of article prose; they overrule {@code boilerplate}
 * @param body class/id tokens of known article-body containers
 * @param phrases whole short blocks that are furniture ("Advertisement", "Read more")
 */
record ContentPatterns(
    Set<String> prunedTags, Set<String> boilerplate, Set<String> content, Set<String> body, Set<String> phrases) {
  private static final String RESOURCE = "content-patterns.properties";

  ContentPatterns {
    prunedTags = Set.copyOf(prunedTags);
    boilerplate = Set.copyOf(boilerplate);
    content = Set.copyOf(content);
    body = Set.copyOf(body);
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
        split(p, "boilerplate.tokens", "\\s+"),
        split(p, "content.tokens", "\\s+"),
        split(p, "body.tokens", "\\s+"),
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
    return matches(e, boilerplate) && !matches(e, content);
  }

  boolean isContent(Element e) {
    return matches(e, content);
  }

  boolean isKnownBody(Element e) {
    return "articleBody".equals(e.attr("itemprop")) || matches(e, body);
  }

  boolean isFurniturePhrase(String block) {
    if (block.length() > 40) {
      return false;
    }
    String key = block.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+$|^[\\p{Punct}\\s]+", "");
    return phrases.contains(key);
  }

  /**
   * Whether one of the element's class names or its id, or a run of their "-"/"_"-separated
   * parts, is in {@code tokens}: "post-comment-list" matches "comment" and "comment-list".
   */
  private static boolean matches(Element e, Set<String> tokens) {
    return attributeMatches(e.attr("class"), tokens) || attributeMatches(e.id(), tokens);
  }

  private static boolean attributeMatches(String value, Set<String> tokens) {
    if (value.isEmpty()) {
      return false;
    }
    for (String name : value.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (name.isEmpty()) {
        continue;
      }
      if (tokens.contains(name)) {
        return true;
      }
      String[] parts = name.split("[-_]+");
      if (parts.length > 1 && anyRun(parts, tokens)) {
        return true;
      }
    }
    return false;
  }

  /** Runs of one or two consecutive parts, joined with "-", and one run joined with nothing. */
  private static boolean anyRun(String[] parts, Set<String> tokens) {
    for (int i = 0; i < parts.length; i++) {
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
