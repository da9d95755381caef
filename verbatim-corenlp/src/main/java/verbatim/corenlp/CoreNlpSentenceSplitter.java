package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.ling.IndexedWord;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.semgraph.SemanticGraph;
import edu.stanford.nlp.semgraph.SemanticGraphCoreAnnotations;
import edu.stanford.nlp.semgraph.SemanticGraphEdge;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceSplitter;
import verbatim.core.nlp.Token;

/**
 * CoreNLP's English tokenizer and sentence splitter and, when asked, its part-of-speech tagger and
 * neural dependency parser (Universal Dependencies), which the quote extractor reads. A blank line
 * always ends a sentence. Thread-safe: these annotators keep no per-document state.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {
  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP parser;
  private final boolean parse;

  public CoreNlpSentenceSplitter(boolean parse) {
    this.parse = parse;
    Properties split = new Properties();
    split.setProperty("annotators", "tokenize,ssplit");
    split.setProperty("tokenize.language", "en");
    split.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    split.setProperty("ssplit.newlineIsSentenceBreak", "two");
    splitter = new StanfordCoreNLP(split, false);
    if (parse) {
      Properties tagAndParse = new Properties();
      tagAndParse.setProperty("annotators", "pos,depparse");
      parser = new StanfordCoreNLP(tagAndParse, false);
    } else {
      parser = null;
    }
  }

  @Override
  public List<Sentence> split(String text) {
    Annotation document = new Annotation(text);
    splitter.annotate(document);
    if (parse) {
      SentenceChunks.limit(document);
      parser.annotate(document);
    }
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
      if (labels.isEmpty()) {
        continue;
      }
      int[] heads = new int[labels.size()];
      String[] relations = new String[labels.size()];
      Arrays.fill(heads, Token.UNPARSED);
      SemanticGraph graph = parse ? sentence.get(SemanticGraphCoreAnnotations.BasicDependenciesAnnotation.class) : null;
      if (graph != null) {
        read(graph, heads, relations);
      }
      List<Token> tokens = new ArrayList<>(labels.size());
      for (int i = 0; i < labels.size(); i++) {
        CoreLabel label = labels.get(i);
        tokens.add(new Token(new Span(label.beginPosition(), label.endPosition()), label.word(), label.tag(),
            heads[i], relations[i]));
      }
      sentences.add(new Sentence(new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()), tokens));
    }
    return sentences;
  }

  private static void read(SemanticGraph graph, int[] heads, String[] relations) {
    for (IndexedWord root : graph.getRoots()) {
      int i = root.index() - 1;
      if (i >= 0 && i < heads.length) {
        heads[i] = Token.ROOT;
        relations[i] = "root";
      }
    }
    for (SemanticGraphEdge edge : graph.edgeIterable()) {
      int dependent = edge.getDependent().index() - 1;
      if (dependent >= 0 && dependent < heads.length) {
        heads[dependent] = edge.getGovernor().index() - 1;
        relations[dependent] = edge.getRelation().toString();
      }
    }
  }
}
