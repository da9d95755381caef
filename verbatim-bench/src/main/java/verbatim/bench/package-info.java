/** verbatim's evaluations and benchmarks, each beside the peers measured in the same run. */
package verbatim.bench;
