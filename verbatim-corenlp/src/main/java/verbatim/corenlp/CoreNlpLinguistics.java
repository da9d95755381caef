package verbatim.corenlp;

import java.util.Set;
import verbatim.core.nlp.Background;
import verbatim.core.nlp.EntityRecognizer;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.ParseNeed;
import verbatim.core.quotes.AttributionCandidates;

/**
 * verbatim's English NLP stages, backed by CoreNLP. The models start loading at once, each on its
 * own thread, and the first document waits only for what it needs. Call once per process.
 */
public final class CoreNlpLinguistics {
  private CoreNlpLinguistics() {}

  /** Sentences, tokens, tags and dependencies, and entity mentions: everything the pipeline reads. */
  public static Linguistics english() {
    return english(new AttributionCandidates());
  }

  /**
   * The same, tagging and parsing the sentences {@code need} asks for: {@link
   * AttributionCandidates#forLearnedCues()} where a quote model is used.
   */
  public static Linguistics english(ParseNeed need) {
    Background<CoreNlpSentenceSplitter> splitter = Background.load("CoreNLP tagger and parser", () -> new CoreNlpSentenceSplitter(need));
    Background<EntityRecognizer> recognizer = Background.load("CoreNLP NER model", CrfEntityRecognizer::conll);
    return new Linguistics(text -> splitter.get().split(text),
        (text, sentences) -> recognizer.get().recognize(text, sentences), sentence -> splitter.get().parse(sentence),
        Set.of("en"));
  }
}
