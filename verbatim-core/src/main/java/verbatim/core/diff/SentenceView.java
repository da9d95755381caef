package verbatim.core.diff;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import verbatim.core.nlp.Token;
import verbatim.core.nlp.WordTokenizer;

/**
 * A sentence as the diff reads it: its tokens as written (for word edits), normalised (for
 * similarity and phrases), which of them are content words, and the key that says two sentences
 * are the same sentence.
 */
final class SentenceView {
  final DiffSentence sentence;
  final List<Token> tokens;
  /** Token texts as written: word edits compare these, so a changed quote mark or case shows. */
  final List<String> written;
  final List<String> normalized;
  final boolean[] content;
  /** The normalised words alone, punctuation left out: what similarity compares. */
  final List<String> words;
  final Set<String> contentWords;
  /** The written tokens joined by single spaces: equal keys are the same sentence, white space aside. */
  final String key;

  SentenceView(DiffSentence sentence, List<Token> tokens) {
    this.sentence = sentence;
    this.tokens = List.copyOf(tokens);
    List<String> written = new ArrayList<>(tokens.size());
    List<String> normalized = new ArrayList<>(tokens.size());
    List<String> words = new ArrayList<>(tokens.size());
    Set<String> contentWords = new LinkedHashSet<>();
    this.content = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String text = tokens.get(i).text();
      String norm = Words.normalize(text);
      written.add(text);
      normalized.add(norm);
      if (WordTokenizer.isWord(norm)) {
        words.add(norm);
      }
      if (Words.isContent(norm)) {
        content[i] = true;
        contentWords.add(norm);
      }
    }
    this.written = List.copyOf(written);
    this.normalized = List.copyOf(normalized);
    this.words = List.copyOf(words);
    this.contentWords = java.util.Collections.unmodifiableSet(contentWords);
    this.key = String.join(" ", written);
  }

  int size() {
    return tokens.size();
  }

  boolean isWord(int i) {
    return WordTokenizer.isWord(normalized.get(i));
  }
}
