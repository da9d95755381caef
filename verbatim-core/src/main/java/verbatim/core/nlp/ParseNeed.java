package verbatim.core.nlp;

import java.util.List;

/**
 * Which sentences are worth tagging, and which of those a dependency parse. Parsing is most of the
 * cost of analysing a document; a stage that reads tags or the parse says which sentences it can
 * use, and the engine does only that work.
 */
public interface ParseNeed {
  /** Tag and parse every sentence. */
  ParseNeed ALL = new ParseNeed() {
    @Override
    public boolean needsTags(List<String> words) {
      return true;
    }

    @Override
    public boolean needsParse(List<String> words, List<String> tags) {
      return true;
    }
  };

  /** Whether the sentence with these words (as written) needs part-of-speech tags. */
  boolean needsTags(List<String> words);

  /** Whether a tagged sentence also needs a dependency parse. */
  boolean needsParse(List<String> words, List<String> tags);
}
