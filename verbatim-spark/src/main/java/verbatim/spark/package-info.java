/**
 * The analysis pipeline as a Spark job ({@link verbatim.spark.AnalyzeJob}): files are listed on
 * the driver, read one task per file, their pages spread over the cluster and analysed with one
 * pipeline per executor, and written as the records {@code verbatim analyze --format jsonl} prints,
 * with the documents that failed beside them. Only this module knows Spark.
 */
package verbatim.spark;
