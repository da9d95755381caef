package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.process.WordShapeClassifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The features CoreNLP's {@code NERFeatureFactory} gives each token under the flags of the CoNLL
 * four-class distsim model, as that model's feature numbers: words and shapes around the token,
 * its prefixes and suffixes, its distributional cluster, the words within four places, later and
 * earlier occurrences of a capitalised word; and, for each pair of neighbouring labels, the words,
 * shapes and clusters of the pair.
 *
 * <p>CoreNLP builds each feature as a string, puts it in a set and looks the string up; that is
 * four fifths of its tagging time. Here each feature's name is hashed from its parts as it is
 * produced ({@link FeatureIds}), and only the numbers are kept. The names hashed are the ones
 * CoreNLP builds, character for character, including its spellings of a missing neighbour ("" for
 * a word or shape, "null" for a cluster or the next token's shape where CoreNLP reads the raw
 * annotation). {@link HashedFeatureCrf} checks on load that both give the same numbers.
 */
final class ConllCrfFeatures {
  /** CoreNLP's title pattern {@code (?:Mr|Ms|Mrs|Dr|Miss|Sen|Judge|Sir)\.?}, as a set. */
  private static final Set<String> TITLES = Set.of("Mr", "Ms", "Mrs", "Dr", "Miss", "Sen", "Judge", "Sir", "Mr.", "Ms.",
      "Mrs.", "Dr.", "Miss.", "Sen.", "Judge.", "Sir.");
  private static final int DISJUNCTION_WIDTH = 4;
  private static final int OCCURRENCE_REACH = 150;

  private final FeatureIds ids;
  private final Map<String, String> clusters;
  private final String unknownCluster;
  /** The longest prefix or suffix any n-gram feature of the model has: longer ones cannot be found. */
  private final int maxNGram;
  private final Function<String, String> wordFunction;

  /**
   * @param maxNGram the longest prefix or suffix (angle brackets included) among the model's features
   * @param wordFunction what CoreNLP's {@code getWord} does to each word first (the CoNLL model
   *     Americanizes spellings: "colour" is read as "color")
   */
  ConllCrfFeatures(FeatureIds ids, Map<String, String> clusters, String unknownCluster, int maxNGram,
      Function<String, String> wordFunction) {
    this.ids = ids;
    this.clusters = clusters;
    this.unknownCluster = unknownCluster;
    this.maxNGram = maxNGram;
    this.wordFunction = wordFunction;
  }

  /** {@code [token][clique]}: clique 0 is the token's own label, clique 1 the pair with the label before. */
  int[][][] of(List<CoreLabel> sentence) {
    int n = sentence.size();
    String[] words = new String[n];
    String[] shapes = new String[n];
    String[] cluster = new String[n];
    for (int i = 0; i < n; i++) {
      CoreLabel token = sentence.get(i);
      words[i] = wordFunction.apply(token.getString(CoreAnnotations.TextAnnotation.class));
      shapes[i] = token.get(CoreAnnotations.ShapeAnnotation.class);
      cluster[i] = cluster(words[i]);
    }
    Window w = new Window(words, shapes, cluster);
    int[][][] data = new int[n][2][];
    int[] buffer = new int[128];
    for (int i = 0; i < n; i++) {
      data[i][0] = tokenFeatures(w, i, buffer);
      data[i][1] = pairFeatures(w, i, buffer);
    }
    return data;
  }

  private String cluster(String word) {
    String key = WordShapeClassifier.wordShape(word.toLowerCase(), WordShapeClassifier.WORDSHAPEDIGITS);
    String c = clusters.get(key);
    return c == null ? unknownCluster : c;
  }

  /**
   * The words, shapes and clusters of a sentence, with CoreNLP's values for a place outside it or
   * a missing annotation: {@code getString} gives "", {@code get} appended to a name gives "null".
   */
  private record Window(String[] words, String[] shapes, String[] clusters) {
    String word(int i) {
      return inside(i) ? words[i] : "";
    }

    String shape(int i) {
      return inside(i) && shapes[i] != null ? shapes[i] : "";
    }

    /** The shape as CoreNLP's {@code get} gives it. */
    String rawShape(int i) {
      return inside(i) ? String.valueOf(shapes[i]) : "null";
    }

    /** The cluster as {@code get} gives it. */
    String rawCluster(int i) {
      return inside(i) ? String.valueOf(clusters[i]) : "null";
    }

    /** The cluster as {@code getString} gives it. */
    String cluster(int i) {
      return inside(i) && clusters[i] != null ? clusters[i] : "";
    }

    boolean inside(int i) {
      return i >= 0 && i < words.length;
    }
  }

  /** Collects feature numbers for one clique; the suffix ends every name. */
  private final class Sink {
    private final String suffix;
    private int[] buffer;
    private int n;

    Sink(String suffix, int[] buffer) {
      this.suffix = suffix;
      this.buffer = buffer;
    }

    void add(long h) {
      h = FeatureIds.hash(FeatureIds.hash(h, '|'), suffix);
      if (n == buffer.length) {
        buffer = java.util.Arrays.copyOf(buffer, n * 2);
      }
      buffer[n++] = ids.id(h);
    }

    void add(String a, String tail) {
      add(FeatureIds.hash(FeatureIds.hash(FeatureIds.START, a), tail));
    }

    void add(String a, String b, String tail) {
      add(FeatureIds.hash(FeatureIds.hash(FeatureIds.hash(FeatureIds.START, a), b), tail));
    }

    void add(String a, String b, String c, String tail) {
      add(FeatureIds.hash(FeatureIds.hash(FeatureIds.hash(FeatureIds.hash(FeatureIds.START, a), b), c), tail));
    }

    int[] done() {
      return FeatureIds.distinct(buffer, n);
    }
  }

  private int[] tokenFeatures(Window w, int loc, int[] buffer) {
    Sink out = new Sink("C", buffer);
    String c = w.word(loc);
    String p = w.word(loc - 1);
    String nx = w.word(loc + 1);
    String cShape = w.shape(loc);
    String pShape = w.shape(loc - 1);
    String nShape = w.shape(loc + 1);
    out.add(w.rawCluster(loc), "-DISTSIM");
    if (TITLES.contains(c)) {
      out.add("IS_TITLE", "");
    }
    out.add(c, "-WORD");
    out.add(p, "-PW");
    out.add(w.rawCluster(loc - 1), "-PDISTSIM");
    out.add(nx, "-NW");
    out.add(w.rawCluster(loc + 1), "-NDISTSIM");
    out.add("###", "");
    nGrams(c, out);
    out.add(cShape, "-TYPE");
    out.add(pShape, "-PTYPE");
    out.add(nShape, "-NTYPE");
    out.add(p, "...", cShape, "-PW_CTYPE");
    out.add(cShape, "...", nx, "-NW_CTYPE");
    out.add(pShape, "...", cShape, "-PCTYPE");
    out.add(cShape, "...", nShape, "-CNTYPE");
    out.add(hashOf(pShape, "...", cShape, "...", nShape, "-PCNTYPE"));
    if (p.length() <= 3) {
      out.add(w.word(loc - 2), "...", cShape, "-PPW_CTYPE");
    }
    if (nx.length() <= 3) {
      out.add(w.word(loc + 2), "...", cShape, "-NNW_CTYPE");
    }
    occurrences(w, loc, out);
    for (int i = 1; i <= DISJUNCTION_WIDTH; i++) {
      out.add(w.word(loc + i), "-DISJN");
      out.add(w.word(loc - i), "-DISJP");
    }
    return out.done();
  }

  private static long hashOf(String... parts) {
    long h = FeatureIds.START;
    for (String part : parts) {
      h = FeatureIds.hash(h, part);
    }
    return h;
  }

  /**
   * "#<Oba#", "#ama>#": prefixes and suffixes of the word in angle brackets, from two characters up
   * to the longest the model knows. CoreNLP builds them all, which is quadratic in the word's
   * length (a 20,000-letter token took half a second); the ones it would build beyond that length
   * are features the model does not have, so leaving them out changes nothing.
   */
  private void nGrams(String word, Sink out) {
    int length = word.length() + 2;
    int max = Math.min(maxNGram, length);
    for (int j = 2; j <= max; j++) {
      out.add(bracketed(word, 0, j));
    }
    int start = Math.max(0, length - maxNGram);
    for (int i = start; i < length - 1; i++) {
      out.add(bracketed(word, i, length));
    }
  }

  /** The hash of "#" + ("<" + word + ">").substring(from, to) + "#". */
  private static long bracketed(String word, int from, int to) {
    long h = FeatureIds.hash(FeatureIds.START, '#');
    int last = word.length() + 1;
    for (int k = from; k < to; k++) {
      char ch = k == 0 ? '<' : k == last ? '>' : word.charAt(k - 1);
      h = FeatureIds.hash(h, ch);
    }
    return FeatureIds.hash(h, '#');
  }

  /**
   * A capitalised word followed by a lower-case word: whether it occurs again within 150 places
   * before or after (the tokens carry no part-of-speech tags, so CoreNLP's tag-dependent variants
   * never fire).
   */
  private static void occurrences(Window w, int loc, Sink out) {
    String word = w.word(loc);
    String next = w.word(loc + 1);
    String prev = w.word(loc - 1);
    if (!(nameCase(word) && noUpperCase(next) && hasLetter(next) && hasLetter(prev) && w.inside(loc - 1))) {
      out.add("NO-OCCURRENCE-PATTERN", "");
      return;
    }
    for (int jump = 3; jump < OCCURRENCE_REACH; jump++) {
      if (w.word(loc + jump).equals(word)) {
        out.add("X-NEXT-OCCURRENCE-X", "");
      }
    }
    for (int jump = -3; jump > -OCCURRENCE_REACH; jump--) {
      if (w.word(loc + jump).equals(word)) {
        out.add("X-PREV-OCCURRENCE-X", "");
      }
    }
  }

  private static boolean nameCase(String s) {
    if (s.length() < 2 || !(Character.isUpperCase(s.charAt(0)) || Character.isTitleCase(s.charAt(0)))) {
      return false;
    }
    for (int i = 1; i < s.length(); i++) {
      if (Character.isUpperCase(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static boolean noUpperCase(String s) {
    return !s.isEmpty() && s.chars().noneMatch(Character::isUpperCase);
  }

  private static boolean hasLetter(String s) {
    return s.chars().anyMatch(Character::isLetter);
  }

  private int[] pairFeatures(Window w, int loc, int[] buffer) {
    Sink out = new Sink("CpC", buffer);
    String c = w.word(loc);
    String p = w.word(loc - 1);
    String cCluster = w.cluster(loc);
    String pCluster = w.cluster(loc - 1);
    String cShape = w.shape(loc);
    String pShape = w.shape(loc - 1);
    out.add("PSEQ", "");
    out.add(c, "-PSEQW");
    out.add(p, "-", c, "-PSEQW2");
    out.add(p, "-PSEQpW");
    out.add(pCluster, "-PSEQpDS");
    out.add(cCluster, "-PSEQcDS");
    out.add(pCluster, "-", cCluster, "-PSEQpcDS");
    out.add(pShape, "-PSEQpS");
    out.add(cShape, "-PSEQcS");
    out.add(pShape, "-", cShape, "-TYPES");
    out.add(cShape, "-TPS2");
    out.add(w.rawShape(loc + 1), "-TNS1");
    return out.done();
  }
}
