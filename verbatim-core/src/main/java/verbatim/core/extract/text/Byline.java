package verbatim.core.extract.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.Author;

/**
 * A byline line as scrapes print it, before or after the body: "고도예 yea@donga.com", "By Jane Roe
 * and John Doe", "Jane Roe, Staff Reporter (jane@paper.com)".
 */
final class Byline {
  private static final Pattern EMAIL = Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern BY = Pattern.compile("^(?:by|written by|reporting by)\\s+(.+)$", Pattern.CASE_INSENSITIVE);
  private static final Pattern ROLE_SUFFIX = Pattern.compile(
      "\\s*(?:,|/|\\|)?\\s*(?:staff (?:writer|reporter)|reporter|correspondent|기자|특파원|editor)\\s*$",
      Pattern.CASE_INSENSITIVE);
  /** A byline is a name or two, not a sentence. */
  private static final int MAX_WORDS = 12;

  private Byline() {}

  static Optional<List<Author>> parse(String line) {
    if (line.split(" ").length > MAX_WORDS) {
      return Optional.empty();
    }
    Matcher email = EMAIL.matcher(line);
    Matcher by = BY.matcher(line);
    if (email.find()) {
      String name = clean(line.substring(0, email.start()) + " " + line.substring(email.end()));
      return name.isEmpty() ? Optional.empty() : Optional.of(List.of(new Author(name, email.group())));
    }
    if (by.matches()) {
      List<Author> authors = new ArrayList<>();
      for (String name : by.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
        String cleaned = clean(name);
        if (!cleaned.isEmpty()) {
          authors.add(new Author(cleaned, null));
        }
      }
      return authors.isEmpty() ? Optional.empty() : Optional.of(authors);
    }
    return Optional.empty();
  }

  private static String clean(String name) {
    String s = name.replaceAll("[()\\[\\]<>]", " ").trim();
    s = ROLE_SUFFIX.matcher(s).replaceAll("");
    s = s.replaceAll("^(?i)by\\s+", "").replaceAll("[\\s,;:|/-]+$", "").replaceAll("\\s+", " ");
    return s.trim();
  }
}
