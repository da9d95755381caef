package verbatim.bench.ner;

import edu.stanford.nlp.ie.AbstractSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A sequence classifier (a lone {@code CRFClassifier} or an {@code NERClassifierCombiner}) called
 * directly, one sentence at a time as the {@code ner} annotator calls it, on {@link CoreLabel}s
 * built from the gold tokens, so alignment is exact by construction. One classifier is shared by
 * all threads.
 *
 * <p>The entry point must be {@code classifySentence}, not {@code classify}: only the former runs
 * the model's token preprocessing (word function, word shapes, known lower-case words). Given raw
 * CoreLabels, {@code classify} of {@code english.all.3class} answers O for almost every token.
 */
record ClassifierConfiguration(String name, String settings, Loader loader) implements NerConfiguration {
  /** Loads the classifier; {@code settings} says what it does. */
  @FunctionalInterface
  interface Loader {
    AbstractSequenceClassifier<CoreLabel> load() throws IOException, ClassNotFoundException;
  }

  @Override
  public Tagger load() throws IOException {
    AbstractSequenceClassifier<CoreLabel> classifier;
    try {
      classifier = loader.load();
    } catch (ClassNotFoundException e) {
      throw new IOException(name + ": cannot load classifier: " + e.getMessage(), e);
    }
    return document -> tag(classifier, document);
  }

  private static Tagging tag(AbstractSequenceClassifier<CoreLabel> classifier, GoldDocument document) {
    List<List<String>> labels = new ArrayList<>();
    for (GoldSentence sentence : document.sentences()) {
      List<CoreLabel> tokens = new ArrayList<>(sentence.size());
      for (String word : sentence.tokens()) {
        CoreLabel token = new CoreLabel();
        token.setWord(word);
        token.setValue(word);
        token.setOriginalText(word);
        tokens.add(token);
      }
      List<CoreLabel> output = classifier.classifySentence(tokens);
      labels.add(output.stream().map(t -> PipelineConfiguration.orOutside(t.get(CoreAnnotations.AnswerAnnotation.class))).toList());
    }
    return new Tagging(labels, 0);
  }
}
