package verbatim.core.nlp;

/**
 * Adds a dependency parse to a tagged sentence that the splitter left unparsed, for a stage that
 * learns late that it needs one (the splitter parses only where the quote rules look).
 */
@FunctionalInterface
public interface SentenceParser {
  /** Leaves every sentence as it is: for engines without a parser. */
  SentenceParser NONE = sentence -> sentence;

  /**
   * The sentence with a head and relation on each token; the sentence itself when it is parsed
   * already, has no tags, or the engine cannot parse it.
   */
  Sentence parse(Sentence sentence);
}
