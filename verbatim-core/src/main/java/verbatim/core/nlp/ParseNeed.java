package verbatim.core.nlp;

import java.util.List;

/**
 * Which sentences are worth a dependency parse. Parsing is most of the cost of analysing a
 * document; a stage that reads the parse says which sentences it can use, and the engine parses
 * only those.
 */
@FunctionalInterface
public interface ParseNeed {
  /** Parse every sentence. */
  ParseNeed ALL = words -> true;

  /** Whether the sentence with these words (as written) needs a parse. */
  boolean needsParse(List<String> words);
}
