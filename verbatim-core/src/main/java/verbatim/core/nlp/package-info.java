/**
 * What an NLP engine gives verbatim: sentences with their tokens, and entity mentions. Core defines
 * the interfaces and records; an engine module (verbatim-corenlp) implements them, so core never
 * depends on an engine.
 */
package verbatim.core.nlp;
