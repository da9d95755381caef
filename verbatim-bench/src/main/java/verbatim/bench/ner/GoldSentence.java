package verbatim.bench.ner;

import java.util.List;

/** One gold sentence: its tokens and, parallel to them, the gold NER tags as the file spells them. */
record GoldSentence(List<String> tokens, List<String> tags) {
  GoldSentence {
    tokens = List.copyOf(tokens);
    tags = List.copyOf(tags);
    if (tokens.size() != tags.size()) {
      throw new IllegalArgumentException(tokens.size() + " tokens but " + tags.size() + " tags");
    }
  }

  int size() {
    return tokens.size();
  }
}
