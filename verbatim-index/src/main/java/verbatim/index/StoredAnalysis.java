package verbatim.index;

import java.util.Objects;
import verbatim.core.model.Analysis;

/** One ledger record: an analysis and what was recorded when it was ingested. */
public record StoredAnalysis(Ingestion ingestion, Analysis analysis) {
  public StoredAnalysis {
    Objects.requireNonNull(ingestion, "ingestion");
    Objects.requireNonNull(analysis, "analysis");
    if (!ingestion.id().equals(analysis.document().id())) {
      throw new IllegalArgumentException("ingestion of " + ingestion.id() + " given with analysis of "
          + analysis.document().id());
    }
  }

  public String id() {
    return ingestion.id();
  }
}
