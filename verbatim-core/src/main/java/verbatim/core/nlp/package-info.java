/**
 * What an NLP engine gives verbatim: sentences with their tokens, and entity mentions. Core defines
 * the interfaces and records; an engine module (verbatim-corenlp) implements them, so core never
 * depends on an engine. {@link verbatim.core.nlp.RuleSentenceSplitter} and
 * {@link verbatim.core.nlp.WordTokenizer} cut sentences and words by rule, with no model, for
 * stages that need no more (the statement diff).
 */
package verbatim.core.nlp;
