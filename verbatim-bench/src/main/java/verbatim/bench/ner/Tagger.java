package verbatim.bench.ner;

/**
 * A loaded NER configuration. {@link #tag} is called from several threads at once on one
 * instance; a run compares the two-thread output with the one-thread output to check that this
 * is safe.
 */
interface Tagger {
  /** CoreNLP's labels for a document's gold tokens, sentence by sentence, token by token. */
  Tagging tag(GoldDocument document);
}
