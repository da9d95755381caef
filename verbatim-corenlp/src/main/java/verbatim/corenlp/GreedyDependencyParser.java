package verbatim.corenlp;

import edu.stanford.nlp.parser.nndep.ArcStandard;
import edu.stanford.nlp.parser.nndep.Classifier;
import edu.stanford.nlp.parser.nndep.Configuration;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.parser.nndep.ParsingSystem;
import edu.stanford.nlp.util.CoreMap;
import java.lang.reflect.Field;
import java.util.List;
import java.util.Properties;
import verbatim.core.nlp.Token;

/**
 * CoreNLP's English Universal Dependencies parser with its own model, features and transition
 * system, and a faster scorer ({@link TransitionScorer}): 3.6 times CoreNLP's sentences per second
 * ({@code ParserSpeed} in verbatim-bench), and it loads faster because CoreNLP's precomputed table
 * is never built. It gives the same arcs as {@code DependencyParser.predict} computing every
 * feature in single precision, as CoreNLP does without its table (checked in
 * {@code GreedyDependencyParserTest}). CoreNLP's default sums its table's features in double
 * precision, and near-ties then go the other way in about 1 sentence of 80 (23 of 1,884 PolNeAR dev
 * sentences differ in at least one arc or label).
 *
 * <p>CoreNLP keeps the network and the transition system in private fields and offers no way to
 * score a configuration from outside, so they are read once by reflection; a CoreNLP release that
 * renames them fails here at load time, loudly, not later.
 */
final class GreedyDependencyParser {
  private final DependencyParser model;
  private final ArcStandard system;
  private final String[] transitions;
  private final TransitionScorer scorer;

  /** The arcs of one sentence: token indexes are 0-based, a head is {@link Token#ROOT} for the root. */
  record Arcs(int[] heads, String[] relations) {}

  private GreedyDependencyParser(DependencyParser model, ArcStandard system, List<String> transitions,
      TransitionScorer scorer) {
    this.model = model;
    this.system = system;
    this.transitions = transitions.toArray(String[]::new);
    this.scorer = scorer;
    if (this.transitions.length != scorer.transitions()) {
      throw new IllegalStateException("CoreNLP's parser has " + this.transitions.length
          + " transitions but its network scores " + scorer.transitions());
    }
  }

  /** Loads CoreNLP's default English model. */
  static GreedyDependencyParser load() {
    Properties properties = new Properties();
    // CoreNLP's own precomputed table is not used here: skipping it saves 800 MB and a second of load
    properties.setProperty("numPreComputed", "0");
    DependencyParser model = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, properties);
    Classifier network = field(DependencyParser.class, "classifier", Classifier.class).read(model);
    ParsingSystem system = field(DependencyParser.class, "system", ParsingSystem.class).read(model);
    if (!(system instanceof ArcStandard arcStandard)) {
      throw new IllegalStateException("expected CoreNLP's arc-standard system, found " + system.getClass());
    }
    @SuppressWarnings("unchecked")
    List<String> transitions = field(ParsingSystem.class, "transitions", List.class).read(system);
    TransitionScorer scorer = new TransitionScorer(network.getE(), network.getW1(), network.getb1(), network.getW2(),
        TransitionScorer.DEFAULT_KEPT_CONTRIBUTIONS);
    return new GreedyDependencyParser(model, arcStandard, transitions, scorer);
  }

  /** CoreNLP's parser itself, for comparison. */
  DependencyParser model() {
    return model;
  }

  /** Parses a sentence whose tokens carry part-of-speech tags. */
  Arcs parse(CoreMap sentence) {
    Configuration configuration = system.initialConfiguration(sentence);
    int[] features = new int[scorer.features()];
    while (!system.isTerminal(configuration)) {
      int only = onlyTransition(configuration);
      if (only >= 0) {
        system.apply(configuration, transitions[only]);
        continue;
      }
      List<Integer> ids = model.getFeatures(configuration);
      for (int j = 0; j < features.length; j++) {
        features[j] = ids.get(j);
      }
      float[] scores = scorer.scores(features);
      int best = -1;
      for (int t = 0; t < scores.length; t++) {
        if ((best < 0 || scores[t] > scores[best]) && system.canApply(configuration, transitions[t])) {
          best = t;
        }
      }
      if (best < 0) {
        throw new IllegalStateException("no transition applies to a configuration of " + configuration.getStr());
      }
      system.apply(configuration, transitions[best]);
    }
    int n = configuration.getSentenceSize();
    int[] heads = new int[n];
    String[] relations = new String[n];
    for (int k = 1; k <= n; k++) {
      int head = configuration.getHead(k);
      heads[k - 1] = head <= 0 ? Token.ROOT : head - 1;
      relations[k - 1] = head <= 0 ? "root" : configuration.getLabel(k);
    }
    return new Arcs(heads, relations);
  }

  /**
   * The one transition that can apply, where only one can, else -1. The greedy choice among the
   * transitions that apply is then made without scoring: the same arcs, without the network's
   * work. In the arc-standard system that is a shift while the stack holds the root and at most one
   * word, and the root's arc when the buffer is empty and one word is left; elsewhere two or more
   * transitions apply and the question is not asked.
   */
  private int onlyTransition(Configuration configuration) {
    int stack = configuration.getStackSize();
    int buffer = configuration.getBufferSize();
    if (!(buffer > 0 && stack <= 2 || buffer == 0 && stack == 2)) {
      return -1;
    }
    int only = -1;
    for (int t = 0; t < transitions.length; t++) {
      if (system.canApply(configuration, transitions[t])) {
        if (only >= 0) {
          return -1;
        }
        only = t;
      }
    }
    return only;
  }

  private record PrivateField<T>(Field field, Class<T> type) {
    T read(Object owner) {
      try {
        return type.cast(field.get(owner));
      } catch (IllegalAccessException e) {
        throw new IllegalStateException("cannot read CoreNLP's " + field, e);
      }
    }
  }

  private static <T> PrivateField<T> field(Class<?> owner, String name, Class<T> type) {
    try {
      Field field = owner.getDeclaredField(name);
      field.setAccessible(true);
      return new PrivateField<>(field, type);
    } catch (NoSuchFieldException e) {
      throw new IllegalStateException("this CoreNLP release has no field " + owner.getSimpleName() + "." + name
          + "; verbatim's parser needs CoreNLP 4.5", e);
    }
  }
}
