package verbatim.bench.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;

/** Writes one sentence word by word, keeping where each mention, date, quote part and cue falls in it. */
final class SentenceBuilder {
  private final StringBuilder text = new StringBuilder();
  private final List<Draft.Mention> mentions = new ArrayList<>();
  private final List<Draft.DateWords> dates = new ArrayList<>();
  private final List<Span> parts = new ArrayList<>();
  private int partBegin = -1;
  private int capitalFrom = -1;
  private Span cue;

  SentenceBuilder words(String words) {
    anBeforeVowel(words);
    text.append(words);
    return this;
  }

  /** "a offer" reads as a generator wrote it: make it "an offer". Only the text after every span so far moves. */
  private void anBeforeVowel(String next) {
    int n = text.length();
    if (!next.isEmpty() && "aeiouAEIOU".indexOf(next.charAt(0)) >= 0 && n >= 2 && text.charAt(n - 1) == ' '
        && text.charAt(n - 2) == 'a' && (n == 2 || text.charAt(n - 3) == ' ')) {
      text.insert(n - 1, 'n');
    }
  }

  /** Appends {@code words} as a mention of cast member {@code member}; returns where they are. */
  Span mention(int member, String words, String rule) {
    Span span = append(words);
    mentions.add(new Draft.Mention(member, span, rule));
    return span;
  }

  /** Appends {@code words}, a date expression meaning {@code value}. */
  void date(String words, LocalDate value) {
    dates.add(new Draft.DateWords(append(words), value));
  }

  /** Appends the words that mark speech as reported. */
  void cue(String words) {
    cue = append(words);
  }

  /** Appends {@code words}; returns where they are. */
  Span append(String words) {
    anBeforeVowel(words);
    int begin = text.length();
    text.append(words);
    return new Span(begin, text.length());
  }

  void beginPart() {
    partBegin = text.length();
  }

  /** Begins a part that opens a quotation: its first letter is written in upper case. */
  void beginQuotation() {
    beginPart();
    capitalFrom = text.length();
  }

  void endPart() {
    parts.add(new Span(partBegin, text.length()));
    partBegin = -1;
  }

  Draft.Sentence sentence() {
    return new Draft.Sentence(capitalised(), mentions, null, dates);
  }

  Draft.Sentence quote(QuoteKind kind, Draft.Voice voice, String rule, double confidence) {
    return new Draft.Sentence(capitalised(), mentions, new Draft.Spoken(kind, parts, cue, voice, rule, confidence), dates);
  }

  /** The first letter in upper case, also after an opening quotation mark; the length is unchanged, so are the spans. */
  private String capitalised() {
    capitalise(0, 2);
    if (capitalFrom >= 0) {
      capitalise(capitalFrom, 1);
    }
    return text.toString();
  }

  private void capitalise(int from, int within) {
    for (int i = from; i < Math.min(from + within, text.length()); i++) {
      char c = text.charAt(i);
      if (Character.isLetter(c)) {
        text.setCharAt(i, Character.toUpperCase(c));
        return;
      }
    }
  }
}
