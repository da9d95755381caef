package verbatim.core.extract.text;

import java.util.regex.Pattern;

/** Whether a line reads as a paragraph of the article rather than a label. */
final class Prose {
  private static final Pattern SENTENCE_END = Pattern.compile("[.!?。！？…][\"'”’»)\\]]*$");
  /** Lines this long are paragraphs even without a final stop (a scrape can cut one). */
  private static final int PARAGRAPH_WORDS = 12;
  /** A sentence needs a few words; "Home." is not one. */
  private static final int SENTENCE_WORDS = 5;

  private Prose() {}

  static boolean isProse(String line) {
    int words = line.split(" ").length;
    if (hasNoSpaces(line)) {
      // CJK prose has no spaces between words: judge by length
      return line.codePointCount(0, line.length()) >= 40 || (SENTENCE_END.matcher(line).find() && line.length() >= 15);
    }
    return words >= PARAGRAPH_WORDS || (words >= SENTENCE_WORDS && SENTENCE_END.matcher(line).find());
  }

  private static boolean hasNoSpaces(String line) {
    return line.indexOf(' ') < 0 && line.length() > 10;
  }
}
