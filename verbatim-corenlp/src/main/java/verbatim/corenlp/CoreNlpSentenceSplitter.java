package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceSplitter;
import verbatim.core.nlp.Token;

/**
 * CoreNLP's English tokenizer and sentence splitter, nothing else loaded. A blank line always ends
 * a sentence (paragraphs never run together). Thread-safe: CoreNLP's tokenize and ssplit keep no
 * per-document state.
 */
public final class CoreNlpSentenceSplitter implements SentenceSplitter {
  private final StanfordCoreNLP pipeline;

  public CoreNlpSentenceSplitter() {
    Properties props = new Properties();
    props.setProperty("annotators", "tokenize,ssplit");
    props.setProperty("tokenize.language", "en");
    // keep words as written except what the NER models were trained on (PTB quotes, brackets)
    props.setProperty("tokenize.options", "invertible=true,untokenizable=noneKeep");
    props.setProperty("ssplit.newlineIsSentenceBreak", "two");
    pipeline = new StanfordCoreNLP(props, false);
  }

  @Override
  public List<Sentence> split(String text) {
    Annotation document = new Annotation(text);
    pipeline.annotate(document);
    List<Sentence> sentences = new ArrayList<>();
    for (CoreMap sentence : document.get(CoreAnnotations.SentencesAnnotation.class)) {
      List<Token> tokens = new ArrayList<>();
      for (CoreLabel label : sentence.get(CoreAnnotations.TokensAnnotation.class)) {
        tokens.add(new Token(new Span(label.beginPosition(), label.endPosition()), label.word()));
      }
      if (!tokens.isEmpty()) {
        sentences.add(new Sentence(new Span(tokens.get(0).begin(), tokens.get(tokens.size() - 1).end()), tokens));
      }
    }
    return sentences;
  }
}
