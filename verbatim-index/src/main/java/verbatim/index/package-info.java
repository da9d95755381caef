/**
 * The Corpus: analyses kept in an append-only, checksummed ledger (the source of truth) and in a
 * Lucene index rebuilt from it, with every query the CLI and the server ask.
 */
package verbatim.index;
