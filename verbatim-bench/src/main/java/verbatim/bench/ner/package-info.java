/**
 * Named-entity recognition measured on CoNLL-2003 {@code eng.testb} and its CoNLL++ correction:
 * CoreNLP pipelines and lone CRF classifiers fed the gold tokens, scored with conlleval's exact
 * span-and-type micro F1, timed on two threads, each configuration in its own JVM.
 */
package verbatim.bench.ner;
