package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.core.testing.SharedData;

/** The hashed feature numbering against CoreNLP's own, feature for feature and label for label. */
class HashedFeatureCrfTest {
  /** Written here: British spellings, titles, names met again, numbers, quotes, one-word lines. */
  private static final List<String> WRITTEN = List.of(
      "The harbour master , Ms. Halloran , said the colour of the water had changed since Halloran arrived in 2019 .",
      "`` It is a good season , '' said Tomas Ferreira of the Northern Fishing Co-operative in Aberdeen on Monday .",
      "Prices rose 4.5 % to $ 1,200 a tonne at the Peterhead auction , where Ferreira sells most of his catch .",
      "Sir Alan Grey and Dr. O'Neill-Smith met the U.N. envoy ; Grey later left for Oslo .",
      "Yes .",
      "MONDAY 'S RESULTS : Celtic 2 Rangers 1 ( half-time 1-1 ) .");

  private static HashedFeatureCrf hashed;
  private static CRFClassifier<CoreLabel> coreNlp;

  @BeforeAll
  static void load() throws Exception {
    hashed = HashedFeatureCrf.load(CrfEntityRecognizer.CONLL_4CLASS);
    coreNlp = CRFClassifier.getClassifier(CrfEntityRecognizer.CONLL_4CLASS);
  }

  @Test
  void theConllModelIsNumberedByHashing() {
    assertThat(hashed.hashed()).as("the CoNLL model's flags are the ones reproduced").isTrue();
  }

  @Test
  void numbersEveryFeatureAsCoreNlpDoesOnWrittenSentences() {
    for (String sentence : WRITTEN) {
      assertSameAsCoreNlp(List.of(sentence.split(" ")));
    }
  }

  @Test
  void givesCoreNlpsFeaturesAndLabelsOnTheConllTestSet() throws IOException {
    Path testb = SharedData.require("datasets/conll2003/eng.testb.gz");
    int tokens = 0;
    for (List<String> sentence : conllSentences(testb)) {
      assertSameAsCoreNlp(sentence);
      tokens += sentence.size();
    }
    assertThat(tokens).isGreaterThan(46_000);
  }

  private static void assertSameAsCoreNlp(List<String> words) {
    List<CoreLabel> ours = hashed.classifySentence(labels(words));
    List<CoreLabel> theirs = coreNlp.classifySentence(labels(words));
    assertThat(answers(ours)).as("labels of %s", words).isEqualTo(answers(theirs));
    int[][][] ourFeatures = hashed.documentToDataAndLabels(ours).first();
    int[][][] theirFeatures = coreNlp.documentToDataAndLabels(theirs).first();
    assertThat(HashedFeatureCrf.sameFeatures(theirFeatures, ourFeatures)).as("features of %s", words).isTrue();
  }

  private static List<String> answers(List<CoreLabel> labels) {
    return labels.stream().map(l -> l.get(CoreAnnotations.AnswerAnnotation.class)).toList();
  }

  private static List<CoreLabel> labels(List<String> words) {
    List<CoreLabel> labels = new ArrayList<>();
    for (String word : words) {
      CoreLabel label = new CoreLabel();
      label.setWord(word);
      label.setValue(word);
      labels.add(label);
    }
    return labels;
  }

  /** CoNLL-2003 columns: the word first; a blank line or -DOCSTART- ends a sentence. */
  private static List<List<String>> conllSentences(Path file) throws IOException {
    List<List<String>> sentences = new ArrayList<>();
    List<String> current = new ArrayList<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(
        new GZIPInputStream(Files.newInputStream(file)), StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        if (line.isBlank() || line.startsWith("-DOCSTART-")) {
          if (!current.isEmpty()) {
            sentences.add(current);
          }
          current = new ArrayList<>();
        } else {
          current.add(line.substring(0, line.indexOf(' ')));
        }
      }
    }
    if (!current.isEmpty()) {
      sentences.add(current);
    }
    return sentences;
  }
}
