/** JMH benchmarks of the pipeline's own speed, per document. */
package verbatim.bench.speed;
