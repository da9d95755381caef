package verbatim.bench.ner;

import edu.stanford.nlp.ie.NERClassifierCombiner;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.corenlp.HashedFeatureCrf;

/** The configurations measured, in table order; the first is the reference for speed ratios. */
final class Configurations {
  static final String REFERENCE = "default";

  private static final String MODELS = "edu/stanford/nlp/models/ner/";
  static final String THREE_CLASS = MODELS + "english.all.3class.distsim.crf.ser.gz";
  static final String FOUR_CLASS = MODELS + "english.conll.4class.distsim.crf.ser.gz";
  static final String SEVEN_CLASS = MODELS + "english.muc.7class.distsim.crf.ser.gz";

  private static final String FULL = "tokenize,ssplit,pos,lemma,ner";
  private static final String NO_POS = "tokenize,ssplit,ner";

  private Configurations() {}

  static List<NerConfiguration> all() {
    return List.of(
        pipeline(REFERENCE, FULL),
        pipeline("no-fine", FULL, "ner.applyFineGrained", "false"),
        pipeline("no-fine-no-mentions", FULL, "ner.applyFineGrained", "false", "ner.buildEntityMentions", "false"),
        pipeline("models-only+pos", FULL, modelsOnly()),
        pipeline("models-only", NO_POS, modelsOnly()),
        pipeline("models-only-high-recall", NO_POS, with(modelsOnly(), "ner.combinationMode", "HIGH_RECALL")),
        new ClassifierConfiguration("combiner",
            "new NERClassifierCombiner(false, false, 3class, 7class, 4class).classifySentence(sentence)",
            () -> new NERClassifierCombiner(false, false, THREE_CLASS, SEVEN_CLASS, FOUR_CLASS)),
        crf("crf-3class", THREE_CLASS),
        crf("crf-4class-conll", FOUR_CLASS),
        new ClassifierConfiguration("crf-4class-conll-hashed",
            "HashedFeatureCrf.load(\"" + FOUR_CLASS + "\").classifySentence(sentence) (shipped: CoreNLP's Viterbi, features numbered by hashing)",
            () -> HashedFeatureCrf.load(FOUR_CLASS)),
        crf("crf-7class-muc", SEVEN_CLASS));
  }

  static NerConfiguration named(String name) {
    return all().stream().filter(c -> c.name().equals(name)).findFirst().orElseThrow(() ->
        new IllegalArgumentException("unknown configuration '" + name + "'; known: "
            + all().stream().map(NerConfiguration::name).toList()));
  }

  private static String[] modelsOnly() {
    return new String[] {"ner.applyFineGrained", "false", "ner.buildEntityMentions", "false",
        "ner.useSUTime", "false", "ner.applyNumericClassifiers", "false"};
  }

  private static String[] with(String[] base, String... more) {
    String[] all = new String[base.length + more.length];
    System.arraycopy(base, 0, all, 0, base.length);
    System.arraycopy(more, 0, all, base.length, more.length);
    return all;
  }

  private static NerConfiguration pipeline(String name, String annotators, String... keyValues) {
    Map<String, String> props = new LinkedHashMap<>();
    props.put("annotators", annotators);
    for (int i = 0; i + 1 < keyValues.length; i += 2) {
      props.put(keyValues[i], keyValues[i + 1]);
    }
    return new PipelineConfiguration(name, props);
  }

  private static NerConfiguration crf(String name, String resource) {
    return new ClassifierConfiguration(name, "CRFClassifier.getClassifier(\"" + resource + "\").classifySentence(sentence)",
        () -> CRFClassifier.getClassifier(resource));
  }
}
