package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * verbatim's dependency parser ({@link GreedyDependencyParser}) against CoreNLP's own
 * {@code DependencyParser} as CoreNLP loads it (its precomputed table built), on the same tagged
 * sentences, one thread: sentences per second of each, best of three timed passes after a
 * warm-up pass, and how many sentences got different arcs. It sits in verbatim-corenlp's package
 * to reach the package-private parser.
 *
 * <p>Usage: {@code ParserSpeed [--shared PATH] [--documents N]} (PolNeAR dev texts, first N by name).
 */
public final class ParserSpeed {
  private ParserSpeed() {}

  public static void main(String[] args) throws IOException {
    Path shared = Path.of("../shared");
    int documents = 40;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--shared" -> shared = Path.of(args[++i]);
        case "--documents" -> documents = Integer.parseInt(args[++i]);
        default -> {
          System.err.println("usage: ParserSpeed [--shared PATH] [--documents N]");
          System.exit(2);
        }
      }
    }
    List<CoreMap> sentences = taggedSentences(shared.resolve("datasets/polnear/data/dev/text"), documents);
    int tokens = sentences.stream().mapToInt(s -> s.get(CoreAnnotations.TokensAnnotation.class).size()).sum();
    System.out.printf("%d sentences, %d tokens from %d PolNeAR dev texts%n", sentences.size(), tokens, documents);

    long start = System.nanoTime();
    DependencyParser coreNlp = DependencyParser.loadFromModelFile(DependencyParser.DEFAULT_MODEL, new Properties());
    double coreNlpLoad = (System.nanoTime() - start) / 1e9;
    start = System.nanoTime();
    GreedyDependencyParser verbatim = GreedyDependencyParser.load();
    double verbatimLoad = (System.nanoTime() - start) / 1e9;

    int differing = 0;
    for (CoreMap s : sentences) {
      if (!sameArcs(verbatim.parse(s), coreNlp.predict(s))) {
        differing++;
      }
    }
    double coreNlpRate = bestRate(sentences, s -> coreNlp.predict(s));
    double verbatimRate = bestRate(sentences, verbatim::parse);
    System.out.printf("CoreNLP DependencyParser: load %.1f s, %.1f sentences/s%n", coreNlpLoad, coreNlpRate);
    System.out.printf("verbatim GreedyDependencyParser: load %.1f s, %.1f sentences/s = %.1fx CoreNLP%n",
        verbatimLoad, verbatimRate, verbatimRate / coreNlpRate);
    System.out.printf("sentences whose arcs or labels differ: %d of %d%n", differing, sentences.size());
  }

  private static List<CoreMap> taggedSentences(Path texts, int documents) throws IOException {
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    properties.setProperty("tokenize.language", "en");
    StanfordCoreNLP tagger = new StanfordCoreNLP(properties, false);
    List<Path> files;
    try (Stream<Path> list = Files.list(texts)) {
      files = list.filter(p -> p.toString().endsWith(".txt")).sorted().limit(documents).toList();
    }
    List<CoreMap> sentences = new ArrayList<>();
    for (Path file : files) {
      Annotation document = new Annotation(Files.readString(file));
      tagger.annotate(document);
      sentences.addAll(document.get(CoreAnnotations.SentencesAnnotation.class));
    }
    return sentences;
  }

  private static double bestRate(List<CoreMap> sentences, java.util.function.Consumer<CoreMap> parse) {
    sentences.forEach(parse); // warm-up
    double best = 0;
    for (int pass = 0; pass < 3; pass++) {
      long start = System.nanoTime();
      sentences.forEach(parse);
      best = Math.max(best, sentences.size() / ((System.nanoTime() - start) / 1e9));
    }
    return best;
  }

  private static boolean sameArcs(GreedyDependencyParser.Arcs ours, GrammaticalStructure theirs) {
    int matched = 0;
    for (TypedDependency d : theirs.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      int governor = d.gov().index() - 1;
      String relation = governor < 0 ? "root" : d.reln().toString();
      int head = governor < 0 ? verbatim.core.nlp.Token.ROOT : governor;
      if (dependent < 0 || dependent >= ours.heads().length || ours.heads()[dependent] != head
          || !relation.equals(ours.relations()[dependent])) {
        return false;
      }
      matched++;
    }
    return matched == ours.heads().length;
  }
}
