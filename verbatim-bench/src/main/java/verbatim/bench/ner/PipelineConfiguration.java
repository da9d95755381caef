package verbatim.bench.ner;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;

/**
 * A {@link StanfordCoreNLP} pipeline fed the gold tokens: each document becomes one text, tokens
 * joined by a space and sentences by a newline, read with {@code tokenize.whitespace=true} and
 * {@code ssplit.eolonly=true} so that CoreNLP's tokens are the gold tokens. One pipeline is shared
 * by all threads.
 */
record PipelineConfiguration(String name, Map<String, String> properties) implements NerConfiguration {
  /** Always set, so that tokens and sentences are the gold ones. */
  static final Map<String, String> GOLD_TOKENS = Map.of("tokenize.whitespace", "true", "ssplit.eolonly", "true");

  PipelineConfiguration {
    properties = Collections.unmodifiableMap(new TreeMap<>(properties));
    if (!properties.containsKey("annotators")) {
      throw new IllegalArgumentException(name + ": no 'annotators' property");
    }
  }

  @Override
  public String settings() {
    StringBuilder s = new StringBuilder("StanfordCoreNLP(");
    properties.forEach((k, v) -> s.append(k).append('=').append(v).append(", "));
    GOLD_TOKENS.forEach((k, v) -> s.append(k).append('=').append(v).append(", "));
    s.setLength(s.length() - 2);
    return s.append(')').toString();
  }

  @Override
  public Tagger load() {
    Properties props = new Properties();
    props.putAll(properties);
    props.putAll(GOLD_TOKENS);
    StanfordCoreNLP pipeline = new StanfordCoreNLP(props);
    return document -> tag(pipeline, document);
  }

  private static Tagging tag(StanfordCoreNLP pipeline, GoldDocument document) {
    StringBuilder text = new StringBuilder();
    for (GoldSentence sentence : document.sentences()) {
      text.append(String.join(" ", sentence.tokens())).append('\n');
    }
    Annotation annotation = new Annotation(text.toString());
    pipeline.annotate(annotation);
    List<CoreMap> sentences = annotation.get(CoreAnnotations.SentencesAnnotation.class);
    List<List<String>> labels = new ArrayList<>();
    int misaligned = 0;
    boolean sameSentences = sentences.size() == document.sentences().size();
    for (int s = 0; s < document.sentences().size(); s++) {
      GoldSentence gold = document.sentences().get(s);
      List<CoreLabel> tokens = sameSentences ? sentences.get(s).get(CoreAnnotations.TokensAnnotation.class) : null;
      if (tokens == null || !aligned(tokens, gold.tokens())) {
        misaligned++;
        labels.add(Collections.nCopies(gold.size(), SpanDecoder.OUTSIDE));
      } else {
        labels.add(tokens.stream().map(t -> orOutside(t.ner())).toList());
      }
    }
    return new Tagging(labels, misaligned);
  }

  static String orOutside(String label) {
    return label == null ? SpanDecoder.OUTSIDE : label;
  }

  private static boolean aligned(List<CoreLabel> tokens, List<String> gold) {
    if (tokens.size() != gold.size()) {
      return false;
    }
    for (int i = 0; i < gold.size(); i++) {
      if (!gold.get(i).equals(tokens.get(i).originalText())) {
        return false;
      }
    }
    return true;
  }
}
