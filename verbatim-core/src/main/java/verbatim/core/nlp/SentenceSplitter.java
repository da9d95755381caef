package verbatim.core.nlp;

import java.util.List;

/**
 * Splits a text into sentences and tokens. Spans are UTF-16 offsets into the text given.
 * Implementations are thread-safe and never throw on odd text (no sentences, one endless
 * sentence, mixed scripts).
 */
public interface SentenceSplitter {
  List<Sentence> split(String text);
}
