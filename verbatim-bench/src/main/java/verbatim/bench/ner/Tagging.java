package verbatim.bench.ner;

import java.util.List;

/**
 * CoreNLP's raw labels for one document, one list per gold sentence, parallel to its tokens. A
 * sentence whose CoreNLP tokens did not match the gold tokens one to one is all {@code O} here
 * and counted in {@code misalignedSentences}.
 */
record Tagging(List<List<String>> labels, int misalignedSentences) {
  Tagging {
    labels = labels.stream().map(List::copyOf).toList();
    if (misalignedSentences < 0) {
      throw new IllegalArgumentException("misalignedSentences < 0: " + misalignedSentences);
    }
  }
}
