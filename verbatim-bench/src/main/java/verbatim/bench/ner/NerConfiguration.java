package verbatim.bench.ner;

import java.io.IOException;

/** A way to run CoreNLP NER that the evaluation measures: a name, its exact settings, a loader. */
interface NerConfiguration {
  /** Short name for the table and the {@code --config} flag. */
  String name();

  /** The exact CoreNLP properties or classifier call, as the report prints it. */
  String settings();

  /** Loads models; the time this takes is the reported load time. */
  Tagger load() throws IOException;
}
