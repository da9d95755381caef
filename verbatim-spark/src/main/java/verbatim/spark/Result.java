package verbatim.spark;

import java.io.Serializable;
import java.util.Map;
import java.util.Objects;

/** One row of the job's outputs, or what a file passed over on purpose. */
public sealed interface Result extends Serializable permits Result.Analysed, Result.Failed, Result.Passed {

  /**
   * One analysis record.
   *
   * @param json the line {@code verbatim analyze --format jsonl} prints for the document, without its line break
   * @param imported the line was read from a JSON Lines input, not analysed here
   */
  record Analysed(String input, String id, String url, String source, String language, String published,
      String json, boolean imported) implements Result {
    public Analysed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(json, "json");
    }
  }

  /** A document or record that could not be read or analysed, with the reason. */
  record Failed(String input, String reason) implements Result {
    public Failed {
      Objects.requireNonNull(input, "input");
      Objects.requireNonNull(reason, "reason");
    }
  }

  /** Records a file held that are no pages (requests, images, 404s), counted by reason. */
  record Passed(Map<String, Long> byReason) implements Result {
    public Passed {
      byReason = Map.copyOf(byReason);
    }
  }
}
