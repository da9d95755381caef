package verbatim.bench.ner;

import java.util.List;

/** One {@code -DOCSTART-} document of a CoNLL file: its sentences in order. */
record GoldDocument(List<GoldSentence> sentences) {
  GoldDocument {
    sentences = List.copyOf(sentences);
  }

  int tokenCount() {
    return sentences.stream().mapToInt(GoldSentence::size).sum();
  }
}
