package verbatim.corenlp;

import edu.stanford.nlp.ie.NERFeatureFactory;
import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.sequences.SeqClassifierFlags;
import edu.stanford.nlp.util.Index;
import edu.stanford.nlp.util.Triple;
import java.io.IOException;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * CoreNLP's CRF classifier with its features numbered by {@link ConllCrfFeatures} instead of by
 * building and looking up strings; CoreNLP's own preprocessing and Viterbi search run as before.
 * The weights are summed in another order, so a score can differ in its last bits; over the
 * CoNLL-2003 test set the labels are the same (see {@code HashedFeatureCrfTest}).
 *
 * <p>Only the flags of the CoNLL four-class distsim model are reproduced. On load the model's
 * flags are checked and both ways of numbering are run on sample sentences; if anything differs,
 * CoreNLP's own way is used ({@link #hashed()} says which).
 */
public final class HashedFeatureCrf extends CRFClassifier<CoreLabel> {
  /** Sentences that reach every feature: titles, capitalised words seen again, digits, short words, edges. */
  private static final List<String> SAMPLES = List.of(
      "Mr. Obama met Dr. Merkel in Berlin on Monday , and Obama said the 2016 budget of $ 4.5 billion was unfair .",
      "Sen. Warren , a Democrat from Massachusetts , told the New York Times that Warren would not run in 2020 .",
      "`` We are ready , '' said Judge Ito of the U.S. District Court in Los Angeles ; Ito has served since 1994 .",
      "IBM and Apple Inc. shares rose 3.2 % at 10:30 a.m. in New York while Tokyo 's Nikkei fell .",
      "a",
      "He went to Paris , then to Rome and back to Paris with Anna and Anna 's son to see the colour of the harbour .");

  private ConllCrfFeatures features;

  private HashedFeatureCrf() {
    super(new Properties());
  }

  /** Loads a CRF model as CoreNLP does, then checks whether its features can be numbered by hashing. */
  public static HashedFeatureCrf load(String model) throws IOException, ClassNotFoundException {
    HashedFeatureCrf crf = new HashedFeatureCrf();
    crf.loadClassifier(model);
    crf.features = crf.hashedFeatures();
    return crf;
  }

  /** Whether features are numbered by hashing (true) or by CoreNLP's strings. */
  public boolean hashed() {
    return features != null;
  }

  @Override
  public Triple<int[][][], int[], double[][][]> documentToDataAndLabels(List<CoreLabel> document) {
    if (features == null || hasTags(document)) {
      return super.documentToDataAndLabels(document);
    }
    int n = document.size();
    int[] labels = new int[n];
    for (int j = 0; j < n; j++) {
      labels[j] = classIndex.indexOf(document.get(j).get(CoreAnnotations.AnswerAnnotation.class));
    }
    return new Triple<>(features.of(document), labels, new double[n][windowSize()][]);
  }

  /** CoreNLP's occurrence features read part-of-speech tags, which this numbering leaves out. */
  private static boolean hasTags(List<CoreLabel> document) {
    for (CoreLabel token : document) {
      if (token.get(CoreAnnotations.PartOfSpeechAnnotation.class) != null) {
        return true;
      }
    }
    return false;
  }

  private ConllCrfFeatures hashedFeatures() {
    if (!supportedFlags(flags) || windowSize() != 2 || featureFactories.size() != 1
        || featureFactories.get(0).getClass() != NERFeatureFactory.class) {
      return null;
    }
    ConllCrfFeatures hashed;
    try {
      Index<String> names = field(CRFClassifier.class, "featureIndex", this);
      Map<String, String> clusters = field(NERFeatureFactory.class, "lexicon", featureFactories.get(0));
      if (names == null || clusters == null) {
        return null;
      }
      int longest = longestNGram(names);
      hashed = new ConllCrfFeatures(new FeatureIds(names, names.size()), clusters, flags.unknownWordDistSimClass,
          flags.maxNGramLeng >= 0 ? Math.min(flags.maxNGramLeng, longest) : longest,
          flags.wordFunction == null ? w -> w : flags.wordFunction);
    } catch (ReflectiveOperationException | RuntimeException e) {
      return null; // another CoreNLP version: its own numbering still works
    }
    for (String sample : SAMPLES) {
      List<CoreLabel> document = classifySentence(words(sample));
      int[][][] theirs = super.documentToDataAndLabels(document).first();
      int[][][] ours = hashed.of(document);
      if (!sameFeatures(theirs, ours)) {
        return null;
      }
    }
    return hashed;
  }

  /** The longest n-gram among the model's features: "#<Obama>#|C" holds the 7 characters "<Obama>". */
  private static int longestNGram(Index<String> names) {
    int longest = 0;
    for (String name : names) {
      if (name.length() > 4 && name.charAt(0) == '#' && name.endsWith("#|C")) {
        longest = Math.max(longest, name.length() - 4);
      }
    }
    return longest;
  }

  static boolean sameFeatures(int[][][] theirs, int[][][] ours) {
    if (theirs.length != ours.length) {
      return false;
    }
    for (int i = 0; i < theirs.length; i++) {
      for (int k = 0; k < theirs[i].length; k++) {
        int[] a = theirs[i][k].clone();
        Arrays.sort(a);
        if (!Arrays.equals(a, ours[i][k])) {
          return false;
        }
      }
    }
    return true;
  }

  private static List<CoreLabel> words(String sentence) {
    List<CoreLabel> words = new ArrayList<>();
    for (String w : sentence.split(" ")) {
      CoreLabel label = new CoreLabel();
      label.setWord(w);
      label.setValue(w);
      words.add(label);
    }
    return words;
  }

  private static boolean supportedFlags(SeqClassifierFlags f) {
    return f.useDistSim && f.numberEquivalenceDistSim && !f.casedDistSim && !f.useMoreTags && f.useTitle
        && f.useWord && f.usePrev && f.useNext && !f.useTags && f.useClassFeature && f.useNGrams && f.noMidNGrams
        && !f.lowercaseNGrams && !f.dehyphenateNGrams && !f.greekifyNGrams && !f.conjoinShapeNGrams
        && f.useTypeSeqs && f.useTypeSeqs2 && !f.useTypeSeqs3 && f.useTypeySequences && f.useLastRealWord
        && f.useNextRealWord && f.useOccurrencePatterns && f.useDisjunctive && f.disjunctionWidth == 4
        && !f.useDisjunctiveShapeInteraction && !f.useUndirectedDisjunctive && f.useSequences && f.usePrevSequences
        && !f.useNextSequences && !f.strictGoodCoNLL && !f.useReverse && !f.useEmbedding
        && !f.doGibbs && "maxent".equalsIgnoreCase(f.crfType) && !f.useGazettes && !f.useBagOfWords;
  }

  @SuppressWarnings("unchecked")
  private static <T> T field(Class<?> owner, String name, Object from) throws ReflectiveOperationException {
    Field field = owner.getDeclaredField(name);
    field.setAccessible(true);
    return (T) field.get(from);
  }
}
