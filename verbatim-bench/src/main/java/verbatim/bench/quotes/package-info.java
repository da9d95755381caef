/**
 * Quote attribution measured on PolNeAR (brat stand-off, character offsets): a reader for its
 * {@code .ann} files, the systems under test (verbatim itself and CoreNLP's quote annotator), the
 * span scoring (exact, overlap and begin match per role; attributions with the right source) and
 * the runnable {@link verbatim.bench.quotes.QuoteEval}.
 */
package verbatim.bench.quotes;
