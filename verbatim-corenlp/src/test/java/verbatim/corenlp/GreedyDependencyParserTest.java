package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.core.nlp.Token;

/**
 * verbatim's scorer must give CoreNLP's own arcs: the quote rules were written against them. The
 * comparison is with CoreNLP's parser loaded as verbatim loads it, without its precomputed table,
 * so both compute every feature in single precision; with the table CoreNLP sums in double
 * precision and about one sentence in 80 breaks a near-tie the other way ({@code ParserSpeed}).
 * The sentences are written here, in the shapes news copy takes, plus the seed article when
 * ../shared is beside the project.
 */
class GreedyDependencyParserTest {
  private static final String WRITTEN = """
      The minister said on Tuesday that the talks would resume "as soon as the weather allows."
      "We will not sign anything that hurts our fishermen," Ms. Varga told reporters in Brussels, adding that \
      the offer was "a step backwards."
      According to two officials who spoke on condition of anonymity, the commission has already drafted a \
      reply, which it plans to publish before the summit.
      Critics, including several former ambassadors, have called the agreement a surrender.
      The company, which employs about 4,000 people in the region, declined to comment.
      Asked whether he would run again, the senator smiled and said: "Ask me next year."
      It was not immediately clear how many ships were affected, or whether the ban would extend to \
      ports outside the bay, where most of the catch is landed and sold at auction every morning before dawn.
      He urged lawmakers to approve the budget, warning that delays could cost thousands of jobs.
      "I don't know," she said. "Maybe."
      """;

  private static GreedyDependencyParser parser;
  private static List<CoreMap> sentences;

  @BeforeAll
  static void parseTexts() throws IOException {
    parser = GreedyDependencyParser.load();
    Properties properties = new Properties();
    properties.setProperty("annotators", "tokenize,ssplit,pos");
    properties.setProperty("tokenize.language", "en");
    StanfordCoreNLP tagger = new StanfordCoreNLP(properties, false);
    sentences = new ArrayList<>(sentencesOf(tagger, WRITTEN));
    Path seed = Path.of("..", "shared", "seed", "donga-2025-02-10-trump-kim.txt");
    if (Files.isRegularFile(seed)) {
      sentences.addAll(sentencesOf(tagger, Files.readString(seed)));
    }
  }

  private static List<CoreMap> sentencesOf(StanfordCoreNLP tagger, String text) {
    Annotation document = new Annotation(text);
    tagger.annotate(document);
    return document.get(CoreAnnotations.SentencesAnnotation.class);
  }

  @Test
  void givesCoreNlpsArcsOnEverySentence() {
    int arcs = 0;
    for (CoreMap sentence : sentences) {
      GreedyDependencyParser.Arcs ours = parser.parse(sentence);
      GreedyDependencyParser.Arcs theirs = coreNlpArcs(sentence);
      assertThat(ours.heads()).as(sentence.toString()).containsExactly(theirs.heads());
      assertThat(ours.relations()).as(sentence.toString()).containsExactly(theirs.relations());
      arcs += ours.heads().length;
    }
    assertThat(arcs).isGreaterThan(150);
  }

  @Test
  void twoThreadsSharingItGetTheSameArcs() throws Exception {
    List<GreedyDependencyParser.Arcs> alone = sentences.stream().map(parser::parse).toList();
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<GreedyDependencyParser.Arcs>>> runs = new ArrayList<>();
      for (int i = 0; i < 2; i++) {
        runs.add(pool.submit(() -> sentences.stream().map(parser::parse).toList()));
      }
      for (Future<List<GreedyDependencyParser.Arcs>> run : runs) {
        List<GreedyDependencyParser.Arcs> together = run.get();
        for (int s = 0; s < alone.size(); s++) {
          assertThat(together.get(s).heads()).containsExactly(alone.get(s).heads());
          assertThat(together.get(s).relations()).containsExactly(alone.get(s).relations());
        }
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static GreedyDependencyParser.Arcs coreNlpArcs(CoreMap sentence) {
    int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    int[] heads = new int[n];
    String[] relations = new String[n];
    Arrays.fill(heads, Token.UNPARSED);
    GrammaticalStructure structure = parser.model().predict(sentence);
    for (TypedDependency d : structure.typedDependencies()) {
      int dependent = d.dep().index() - 1;
      int governor = d.gov().index() - 1;
      heads[dependent] = governor < 0 ? Token.ROOT : governor;
      relations[dependent] = governor < 0 ? "root" : d.reln().toString();
    }
    return new GreedyDependencyParser.Arcs(heads, relations);
  }
}
