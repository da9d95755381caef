package verbatim.core.pipeline;

import java.util.Objects;
import verbatim.core.model.Analysis;

/** What became of one input: analysed, or failed with a reason a person can act on. */
public sealed interface Outcome permits Outcome.Analyzed, Outcome.Failed {
  /** The path or {@code -} the input was read from. */
  String input();

  /** The input was analysed; its document may still carry problems. */
  record Analyzed(Analysis analysis) implements Outcome {
    public Analyzed {
      Objects.requireNonNull(analysis, "analysis");
    }

    @Override
    public String input() {
      return analysis.document().input();
    }
  }

  /** The input could not be analysed at all. */
  record Failed(String input, String reason) implements Outcome {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
