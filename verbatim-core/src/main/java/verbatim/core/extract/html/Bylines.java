package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.extract.Whitespace;
import verbatim.core.model.Author;

/**
 * One byline text to people: "By Jane Roe and John Doe" is two authors, "Von Jane Roe, John Doe"
 * too; an e-mail printed in the byline goes with the name before it. URLs, handles and texts that
 * are too long to be names are dropped rather than kept as authors.
 */
final class Bylines {
  private Bylines() {}

  private static final Pattern EMAIL = Pattern.compile("(?:mailto:)?([\\w.+-]+@[\\w-]+(?:\\.[\\w-]+)+)");
  private static final Pattern PREFIX = Pattern.compile(
      "^(?i)(by|von|par|por|di|door|text|texte|autor|author|written by|posted by|ein beitrag von)\\s*:?\\s+");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\||/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)|\\.(com|de|org|net|html?)(/|$)");
  private static final int MAX_NAME = 60;
  private static final int MAX_WORDS = 5;

  static List<Author> split(String byline) {
    String text = Whitespace.normalize(byline == null ? "" : byline);
    List<String> emails = new ArrayList<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      emails.add(m.group(1));
    }
    text = EMAIL.matcher(text).replaceAll(" ").replaceAll("[()\\[\\]<>]", " ");
    text = PREFIX.matcher(Whitespace.normalize(text)).replaceFirst("");
    List<Author> out = new ArrayList<>();
    for (String part : SPLIT.split(text)) {
      String name = PREFIX.matcher(part.trim()).replaceFirst("").replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "");
      if (isName(name)) {
        out.add(new Author(name, out.size() < emails.size() ? emails.get(out.size()) : null));
      }
    }
    if (out.isEmpty() && !emails.isEmpty()) {
      out.add(new Author(emails.get(0), emails.get(0)));
    }
    return out;
  }

  private static boolean isName(String name) {
    if (name.isBlank() || name.length() > MAX_NAME || name.startsWith("@") || URL.matcher(name).find()) {
      return false;
    }
    if (name.split(" ").length > MAX_WORDS) {
      return false;
    }
    return name.codePoints().anyMatch(Character::isLetter) && name.codePoints().noneMatch(Character::isDigit);
  }
}
