package verbatim.corenlp;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import verbatim.core.model.EntityType;
import verbatim.core.model.Span;
import verbatim.core.nlp.EntityMention;
import verbatim.core.nlp.EntityRecognizer;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * Entity mentions from one of CoreNLP's CRF models, run on tokens already split. This is the
 * configuration chosen by measurement (docs/benchmarks.md): the CoNLL four-class model alone,
 * without the default pipeline's fine-grained, numeric and SUTime stages: the most accurate
 * CoreNLP model on CoNLL-2003 and about 50 times faster than the default {@code ner} pipeline.
 * The classifier loads once; one instance serves every thread (two threads gave labels identical
 * to one, token for token, over the CoNLL test set). Its features are numbered by hashing rather
 * than by building strings ({@link HashedFeatureCrf}): the same labels, 2.6 times as fast on CoNLL testb.
 */
public final class CrfEntityRecognizer implements EntityRecognizer {
  public static final String CONLL_4CLASS = "edu/stanford/nlp/models/ner/english.conll.4class.distsim.crf.ser.gz";

  private static final Map<String, EntityType> TYPES = Map.of(
      "PERSON", EntityType.PERSON, "PER", EntityType.PERSON,
      "ORGANIZATION", EntityType.ORGANIZATION, "ORG", EntityType.ORGANIZATION,
      "LOCATION", EntityType.LOCATION, "LOC", EntityType.LOCATION,
      "MISC", EntityType.MISC);

  private final CRFClassifier<CoreLabel> classifier;

  public CrfEntityRecognizer(String model) {
    try {
      classifier = HashedFeatureCrf.load(model);
    } catch (IOException | ClassNotFoundException | ClassCastException e) {
      throw new IllegalStateException("cannot load the CoreNLP model " + model
          + " (is edu.stanford.nlp:stanford-corenlp:models on the classpath?)", e);
    }
  }

  public static CrfEntityRecognizer conll() {
    return new CrfEntityRecognizer(CONLL_4CLASS);
  }

  @Override
  public List<EntityMention> recognize(String text, List<Sentence> sentences) {
    List<EntityMention> mentions = new ArrayList<>();
    for (Sentence sentence : sentences) {
      // classifySentence, not classify: it runs the model's own token preprocessing, without
      // which hand-built labels come back almost all O (measured in verbatim-bench NerEval)
      List<CoreLabel> labels = classifier.classifySentence(labels(sentence));
      collect(text, sentence.tokens(), labels, mentions);
    }
    return mentions;
  }

  private static List<CoreLabel> labels(Sentence sentence) {
    List<CoreLabel> labels = new ArrayList<>(sentence.tokens().size());
    for (Token token : sentence.tokens()) {
      CoreLabel label = new CoreLabel();
      String word = PtbWords.of(token.text());
      label.setWord(word);
      label.setValue(word);
      labels.add(label);
    }
    return labels;
  }

  /**
   * Runs of one label become one mention (the models emit IO tags). A line break ends a run: a name
   * closing one line and a word opening the next ("― Jacklyn Ashley⏎“Trump must …", a signature
   * above the next reader's quote) are two mentions, even in one sentence.
   */
  private static void collect(String text, List<Token> tokens, List<CoreLabel> labels, List<EntityMention> out) {
    int start = -1;
    EntityType current = null;
    for (int i = 0; i <= labels.size(); i++) {
      EntityType type = i < labels.size() ? TYPES.get(labels.get(i).get(CoreAnnotations.AnswerAnnotation.class)) : null;
      boolean lineBreak = type != null && type == current && lineBetween(text, tokens.get(i - 1), tokens.get(i));
      if (type != current || lineBreak) {
        if (current != null) {
          Span span = new Span(tokens.get(start).begin(), tokens.get(i - 1).end());
          out.add(new EntityMention(span, current, span.of(text)));
        }
        start = i;
        current = type;
      }
    }
  }

  private static boolean lineBetween(String text, Token before, Token after) {
    for (int i = before.end(); i < after.begin(); i++) {
      if (text.charAt(i) == '\n') {
        return true;
      }
    }
    return false;
  }
}
