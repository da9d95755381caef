/**
 * The corpus at scale: a generator of synthetic news analyses (people, organisations, places,
 * quotes, near-duplicate republications and updated versions, deterministic from a seed), the
 * ingest and query benchmark run on it ({@link verbatim.bench.corpus.CorpusBench}), and the ingest
 * of real articles through the whole pipeline beside the bare analysis
 * ({@link verbatim.bench.corpus.RealIngestBench}).
 */
package verbatim.bench.corpus;
