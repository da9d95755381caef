package verbatim.corenlp;

import java.util.Set;
import verbatim.core.nlp.Linguistics;

/** verbatim's English NLP stages, backed by CoreNLP. Loads the models: call once per process. */
public final class CoreNlpLinguistics {
  private CoreNlpLinguistics() {}

  public static Linguistics english() {
    return new Linguistics(new CoreNlpSentenceSplitter(), CrfEntityRecognizer.conll(), Set.of("en"));
  }
}
