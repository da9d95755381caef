package verbatim.server;

import verbatim.core.input.RawInput;
import verbatim.core.pipeline.Outcome;

/** What turns a posted page into an analysis: the CLI gives the real pipeline; the server needs no NLP engine of its own. */
@FunctionalInterface
public interface Ingester {
  Outcome analyze(RawInput raw);
}
