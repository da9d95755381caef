package verbatim.corenlp;

import verbatim.core.nlp.Linguistics;

/** One CoreNLP engine for all tests of this module: the models take seconds to load. */
final class SharedEngine {
  private static Linguistics english;

  private SharedEngine() {}

  static synchronized Linguistics english() {
    if (english == null) {
      english = CoreNlpLinguistics.english();
    }
    return english;
  }
}
