package verbatim.cli;

/** How results are printed. */
enum OutputFormat {
  /** Indented JSON, for a person at a terminal. */
  JSON,
  /** One JSON object per line, for programs. */
  JSONL
}
