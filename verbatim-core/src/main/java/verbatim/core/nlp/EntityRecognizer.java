package verbatim.core.nlp;

import java.util.List;

/**
 * Finds the names of people, organisations, places and other named things in sentences already
 * split. Implementations are thread-safe and never throw on odd text.
 */
public interface EntityRecognizer {
  /** Mentions in text order, none overlapping. */
  List<EntityMention> recognize(String text, List<Sentence> sentences);
}
