package verbatim.index;

import java.text.BreakIterator;
import java.util.Locale;
import java.util.regex.Pattern;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;

/**
 * The sentence around a quote, so a reader sees it in context: the sentences its parts, its cue and
 * the words naming its speaker fall in. A full stop after an initial or a short title ("U.S.",
 * "Mr.") does not end a sentence.
 */
final class Sentences {
  /** A speaker or cue further than this from the quote is not pulled into its sentence. */
  private static final int NEAR = 300;
  private static final Pattern ABBREVIATION = Pattern.compile(
      "(?:\\b(?:\\p{Lu}\\.){1,3}|\\b(?:Mr|Mrs|Ms|Dr|St|Jr|Sr|Gen|Sen|Rep|Gov|Col|Adm|Prof|Lt|Sgt|No|Vol)\\.)$");

  private Sentences() {}

  /** The span of the sentence(s) around {@code quote} in {@code text}. */
  static Span around(Quote quote, String text) {
    int begin = quote.parts().get(0).begin();
    int end = quote.parts().get(quote.parts().size() - 1).end();
    for (Span s : new Span[] {quote.speaker().span(), quote.cue() == null ? null : quote.cue().span()}) {
      if (s != null && s.end() <= text.length() && s.end() >= begin - NEAR && s.begin() <= end + NEAR) {
        begin = Math.min(begin, s.begin());
        end = Math.max(end, s.end());
      }
    }
    return around(text, Math.min(begin, text.length()), Math.min(end, text.length()));
  }

  static Span around(String text, int begin, int end) {
    if (text.isEmpty()) {
      return new Span(0, 0);
    }
    BreakIterator sentences = BreakIterator.getSentenceInstance(Locale.ROOT);
    sentences.setText(text);
    int start = begin >= text.length() ? sentences.preceding(text.length()) : sentences.isBoundary(begin) ? begin
        : sentences.preceding(begin);
    while (start > 0 && abbreviationBefore(text, start)) {
      start = sentences.preceding(start);
    }
    int stop = end <= 0 ? sentences.following(0) : sentences.isBoundary(end) ? end : sentences.following(end);
    while (stop < text.length() && abbreviationBefore(text, stop)) {
      stop = sentences.following(stop);
    }
    // a line break ends a paragraph, and a sentence never runs across one
    start = Math.max(start, text.lastIndexOf('\n', Math.max(0, begin - 1)) + 1);
    int lineEnd = text.indexOf('\n', Math.max(begin, end - 1));
    if (lineEnd >= 0) {
      stop = Math.min(stop, lineEnd);
    }
    while (stop > start && Character.isWhitespace(text.charAt(stop - 1))) {
      stop--;
    }
    while (start < stop && Character.isWhitespace(text.charAt(start))) {
      start++;
    }
    return new Span(start, Math.max(start, stop));
  }

  private static boolean abbreviationBefore(String text, int boundary) {
    int end = boundary;
    while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    // a paragraph break is always a break
    if (text.substring(end, boundary).contains("\n")) {
      return false;
    }
    return ABBREVIATION.matcher(text.substring(Math.max(0, end - 12), end)).find();
  }
}
