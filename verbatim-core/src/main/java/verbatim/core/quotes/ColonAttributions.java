package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Span;

/**
 * A paragraph that opens with a name and a colon gives that name's words: the headline style
 * "Marco Rubio: I’m Not Interested in Being Vice President" and the transcript style "RAMOS:
 * Secretary Clinton, …". The name must be a person or organisation the document links, or a
 * transcript's capitalised speaker label; in a headline (the first paragraph) or a transcript (three
 * paragraphs or more open this way), a capitalised name of up to four words.
 *
 * <p>A transcript quoted whole opens every paragraph with a quotation mark and closes none
 * ("“WALLACE: … ⏎“PENCE: …"), the convention for a quote that runs over paragraphs. Each turn is
 * then its speaker's direct quote, and it runs on over the paragraphs that open with a mark and no
 * label, up to the next label or a stage direction ("“(CROSSTALK.)").
 */
final class ColonAttributions {
  static final String RULE = "name + colon opening the paragraph";
  static final String QUOTED_RULE = "name + colon opening a quoted paragraph";
  private static final Pattern OPENING = Pattern.compile("^([\\p{Lu}][\\p{L}.'’\\- ]{1,60}?)\\s*:\\s+(\\S.*)$", Pattern.DOTALL);
  private static final Pattern TRANSCRIPT_LABEL = Pattern.compile("^[\\p{Lu}][\\p{Lu}.'’\\- ]{2,30}$");
  private static final Set<String> NOT_SPEAKERS = Set.of("UPDATE", "NOTE", "EDITOR'S NOTE", "EDITOR’S NOTE", "PHOTO",
      "WATCH", "RELATED", "READ MORE", "BREAKING", "EXCLUSIVE", "VIDEO", "LISTEN", "CORRECTION", "Q", "A", "SOURCE",
      "SOURCES", "UPDATED", "ANALYSIS", "OPINION", "ALSO", "PLUS", "FULL TEXT", "TRANSCRIPT");

  private ColonAttributions() {}

  static List<Attribution> find(String text, List<Span> paragraphs, List<Entity> entities) {
    List<Attribution> found = new ArrayList<>();
    int labelled = 0;
    for (Span paragraph : paragraphs) {
      labelled += opening(text, paragraph).matches() ? 1 : 0;
    }
    boolean transcript = labelled >= 3;
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      int mark = openingMark(text, paragraph);
      Matcher m = opening(text, paragraph);
      if (!m.matches()) {
        continue;
      }
      String label = m.group(1).strip();
      int from = paragraph.begin() + mark;
      Span source = new Span(from + m.start(1), from + m.start(1) + label.length());
      boolean named = speaks(label, source, entities)
          || ((p == 0 || transcript) && label.split(" ").length <= MAX_LABEL_WORDS && allCapitalised(label));
      if (NOT_SPEAKERS.contains(label.toUpperCase(java.util.Locale.ROOT)) || !named) {
        continue;
      }
      int colon = text.indexOf(':', source.end());
      Span cue = new Span(colon, colon + 1);
      if (mark > 0) {
        found.add(new Attribution(cue, source, lastWord(text, source), turn(text, paragraphs, p, from + m.start(2)),
            QUOTED_RULE, 0.7));
        continue;
      }
      int contentEnd = paragraph.end();
      int contentBegin = paragraph.begin() + m.start(2);
      // the stop and an ellipsis close the line, they are not the speaker's words; a mark closing a quote is
      while (contentEnd > contentBegin && (".…".indexOf(text.charAt(contentEnd - 1)) >= 0
          || Character.isWhitespace(text.charAt(contentEnd - 1)))) {
        contentEnd--;
      }
      if (contentEnd <= contentBegin) {
        continue;
      }
      Span content = new Span(paragraph.begin() + m.start(2), contentEnd);
      found.add(new Attribution(cue, source, lastWord(text, source), List.of(content), RULE, 0.7));
    }
    return found;
  }

  /** The paragraph's words after its opening quotation mark, if it has one, matched against the label pattern. */
  private static Matcher opening(String text, Span paragraph) {
    return OPENING.matcher(text.substring(paragraph.begin() + openingMark(text, paragraph), paragraph.end()));
  }

  /** The length of the quotation mark opening the paragraph: 0 for none. */
  private static int openingMark(String text, Span paragraph) {
    return paragraph.length() > 1 && "\"“".indexOf(text.charAt(paragraph.begin())) >= 0 ? 1 : 0;
  }

  /**
   * One speaker's turn in a quoted transcript: the rest of its paragraph, then each following
   * paragraph that opens with a mark and no label, up to a stage direction ("“(CROSSTALK.)") or a
   * credit line ("“Follow … on Twitter @…"). A stop is the speaker's words here, as in any direct
   * quote; a closing mark is not.
   */
  private static List<Span> turn(String text, List<Span> paragraphs, int p, int begin) {
    List<Span> parts = new ArrayList<>();
    parts.add(new Span(begin, withoutClosingMark(text, begin, paragraphs.get(p).end())));
    for (int q = p + 1; q < paragraphs.size(); q++) {
      Span next = paragraphs.get(q);
      int mark = openingMark(text, next);
      String words = text.substring(next.begin() + mark, next.end());
      if (mark == 0 || opening(text, next).matches() || words.startsWith("(") || words.startsWith("[")
          || words.contains("@") || words.contains("http")) {
        break;
      }
      parts.add(new Span(next.begin() + mark, withoutClosingMark(text, next.begin() + mark, next.end())));
    }
    return parts;
  }

  private static int withoutClosingMark(String text, int begin, int end) {
    while (end > begin && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    if (end > begin && "\"”".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    return end;
  }

  /** A headline's speaker ("Sanders: …") or a transcript's ("Luciana Lopez: …") is a name or two. */
  private static final int MAX_LABEL_WORDS = 4;

  private static boolean allCapitalised(String label) {
    for (String word : label.split(" ")) {
      if (word.isEmpty() || !Character.isUpperCase(word.charAt(0))) {
        return false;
      }
    }
    return true;
  }

  private static boolean speaks(String label, Span source, List<Entity> entities) {
    if (TRANSCRIPT_LABEL.matcher(label).matches()) {
      return true;
    }
    for (Entity e : entities) {
      if (e.type() != EntityType.PERSON && e.type() != EntityType.ORGANIZATION) {
        continue;
      }
      for (Mention m : e.mentions()) {
        if (m.span().begin() <= source.begin() && source.end() <= m.span().end()) {
          return true;
        }
      }
    }
    return false;
  }

  private static Span lastWord(String text, Span source) {
    int begin = source.end();
    while (begin > source.begin() && !Character.isWhitespace(text.charAt(begin - 1))) {
      begin--;
    }
    return new Span(begin, source.end());
  }
}
