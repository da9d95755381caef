package verbatim.spark;

/** How the job writes its records. */
public enum OutputFormat {
  /** One analysis per line, each line what {@code verbatim analyze --format jsonl} prints: {@code verbatim ingest} reads it. */
  JSONL,
  /** The same line as a column beside id, input, url, source, language and published, for queries. */
  PARQUET
}
