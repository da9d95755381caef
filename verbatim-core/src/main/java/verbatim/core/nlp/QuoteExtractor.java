package verbatim.core.nlp;

import java.util.List;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;

/**
 * Finds quotations and reported speech in a text and attributes them. Thread-safe; never throws
 * on odd text (unclosed marks, a document that is one quote, quotes nested three deep).
 */
public interface QuoteExtractor {
  List<Quote> extract(String text, List<Sentence> sentences, List<Entity> entities);
}
