package verbatim.core.entities;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/** The text with its sentences, read as words: the view every linking rule works on. */
final class Tokens {
  private final String text;
  private final List<Sentence> sentences;
  /** Words per sentence, cut once: rules ask for them for every token. */
  private final List<List<String>> words;

  Tokens(String text, List<Sentence> sentences) {
    this.text = text;
    this.sentences = List.copyOf(sentences);
    List<List<String>> all = new ArrayList<>();
    for (Sentence sentence : this.sentences) {
      List<String> w = new ArrayList<>(sentence.tokens().size());
      for (Token t : sentence.tokens()) {
        w.add(text.substring(t.begin(), t.end()));
      }
      all.add(List.copyOf(w));
    }
    this.words = List.copyOf(all);
  }

  int sentenceCount() {
    return sentences.size();
  }

  int size(int sentence) {
    return sentences.get(sentence).tokens().size();
  }

  /** The word as written in the text (not the engine's normalised form). */
  String word(int sentence, int i) {
    return words.get(sentence).get(i);
  }

  List<String> words(int sentence) {
    return words.get(sentence);
  }

  Span span(int sentence, int start, int end) {
    List<Token> tokens = sentences.get(sentence).tokens();
    return new Span(tokens.get(start).begin(), tokens.get(end - 1).end());
  }

  Span span(Candidate c) {
    return span(c.sentence(), c.start(), c.end());
  }

  String text(Candidate c) {
    return span(c).of(text);
  }

  String text(int sentence, int start, int end) {
    return span(sentence, start, end).of(text);
  }

  /** Whether tokens {@code i-1} and {@code i} touch, with no space between ("Gil" "-" "joo"). */
  boolean touches(int sentence, int i) {
    List<Token> tokens = sentences.get(sentence).tokens();
    return i > 0 && tokens.get(i - 1).end() == tokens.get(i).begin();
  }

  /** The token range of a character span, or {@code null} when it does not fall on tokens. */
  Candidate range(Span span, verbatim.core.model.EntityType type, String rule) {
    for (int s = 0; s < sentences.size(); s++) {
      Sentence sentence = sentences.get(s);
      if (span.begin() < sentence.span().begin() || span.end() > sentence.span().end()) {
        continue;
      }
      int start = -1;
      int end = -1;
      List<Token> tokens = sentence.tokens();
      for (int i = 0; i < tokens.size(); i++) {
        Token t = tokens.get(i);
        if (start < 0 && t.end() > span.begin()) {
          start = i;
        }
        if (t.begin() < span.end()) {
          end = i + 1;
        }
      }
      return start >= 0 && end > start ? new Candidate(s, start, end, type, rule) : null;
    }
    return null;
  }
}
