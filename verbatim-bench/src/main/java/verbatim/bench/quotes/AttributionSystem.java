package verbatim.bench.quotes;

import java.util.List;

/**
 * A system under test. It is built (and its models loaded) before the first call, so that load
 * time and throughput are measured apart. {@link #attribute} may be called from several threads
 * at once; an implementation that is not thread-safe must guard itself.
 */
interface AttributionSystem {
  /** The attributions found in {@code documentText}, with offsets into exactly that string. */
  List<PredictedAttribution> attribute(String documentText);

  String name();

  /** How the system was configured, for the report header. */
  default String settings() {
    return "";
  }

  /** Anything the run noticed that the reader of its figures should know; empty when nothing. */
  default String notes() {
    return "";
  }
}
