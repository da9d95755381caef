package verbatim.core.extract.html;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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
      "^(?iu)(by|von|par|por|di|door|text|texte|autor|autorin|author|written by|posted by|ein beitrag von"
          + "|artikel von|veröffentlicht von|geschrieben von|verfasst von|publié par|escrito por"
          + "|(?:posted|published|veröffentlicht|publié)\\s+(?:on|am|le)\\s+[^|]{4,30}?\\s+(?:by|von|par))\\s*:?\\s+");
  /** "Jane Roe says" under a comment, "Jane Roe sagt". */
  private static final Pattern SAYS = Pattern.compile("(?iu)\\s+(says|said|sagt|schreibt|dit|dice)\\s*:?$");
  /** Labels that sit where a name would: a comment form's "Name", a "Follow" button, "No author". */
  private static final Set<String> NOT_NAMES = Set.of(
      "name", "name erforderlich", "follow", "kontakt", "contact", "by", "von", "author", "autor",
      "no author", "no-author", "anonymous", "admin", "share", "teilen");
  /** "R. Roe am 24. Juli 2017", "Jane Roe on 3 May 2020 at 10:00": the date after a name is not part of it. */
  private static final Pattern TRAILING_DATE = Pattern.compile("(?iu)\\s+(?:am|on|le|el|il|vom|du)\\s+[^,;|]*\\d.*$");
  private static final Pattern SPLIT = Pattern.compile("\\s*(?:,|;|&|\\||/|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*");
  private static final Pattern URL = Pattern.compile("(?i)^(https?://|www\\.)|\\.(com|de|org|net|html?)(/|$)");
  private static final int MAX_NAME = 60;
  private static final int MAX_WORDS = 5;

  static List<Author> split(String byline) {
    String text = Whitespace.normalize(byline == null ? "" : byline);
    Set<String> emails = new LinkedHashSet<>();
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      emails.add(m.group(1));
    }
    text = EMAIL.matcher(text).replaceAll(" ").replaceAll("[()\\[\\]<>]", " ").trim();
    if (URL.matcher(text).find() && !text.contains(" ")) {
      text = "";
    }
    text = PREFIX.matcher(Whitespace.normalize(text)).replaceFirst("");
    text = TRAILING_DATE.matcher(text).replaceFirst("");
    List<String> names = new ArrayList<>();
    for (String part : SPLIT.split(text)) {
      String name = PREFIX.matcher(part.trim()).replaceFirst("");
      if (name.startsWith("@")) {
        continue;
      }
      name = SAYS.matcher(name.replaceAll("^[\\p{Punct}\\s]+|[\\p{Punct}\\s]+$", "")).replaceFirst("");
      if (isName(name)) {
        names.add(name);
      }
    }
    return pair(names, List.copyOf(emails));
  }

  /** The i-th e-mail goes with the i-th name; an e-mail with no name at all stands for its owner. */
  private static List<Author> pair(List<String> names, List<String> emails) {
    List<Author> out = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      out.add(new Author(names.get(i), i < emails.size() ? emails.get(i) : null));
    }
    if (out.isEmpty() && !emails.isEmpty()) {
      out.add(new Author(emails.get(0), emails.get(0)));
    }
    return out;
  }

  private static boolean isName(String name) {
    if (name.isBlank() || NOT_NAMES.contains(name.toLowerCase(java.util.Locale.ROOT)) || name.length() > MAX_NAME || name.startsWith("@") || URL.matcher(name).find()) {
      return false;
    }
    if (name.split(" ").length > MAX_WORDS) {
      return false;
    }
    return name.codePoints().anyMatch(Character::isLetter) && name.codePoints().noneMatch(Character::isDigit);
  }
}
