package verbatim.spark;

import java.util.Iterator;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;

/**
 * The analysis stage: each page of a partition through this executor's pipeline, one at a time,
 * and every other item passed on as it is. Never throws for a bad document.
 */
final class DocumentAnalyzer {
  private DocumentAnalyzer() {}

  static Iterator<Result> analyze(Iterator<Item> items, JobSettings settings) {
    return new Iterator<>() {
      private Pipeline pipeline;

      @Override
      public boolean hasNext() {
        return items.hasNext();
      }

      @Override
      public Result next() {
        Item item = items.next();
        if (item instanceof Item.Done done) {
          return done.result();
        }
        if (pipeline == null) {
          pipeline = ExecutorPipeline.of(settings); // a partition without pages loads no models
        }
        return analyze(pipeline, (Item.Page) item);
      }
    };
  }

  static Result analyze(Pipeline pipeline, Item.Page page) {
    Outcome outcome = pipeline.analyze(page.raw());
    if (outcome instanceof Outcome.Failed failed) {
      return new Result.Failed(failed.input(), failed.reason());
    }
    if (outcome instanceof Outcome.Analyzed analyzed) {
      try {
        return AnalysisLines.of(analyzed.analysis());
      } catch (RuntimeException e) {
        return new Result.Failed(page.input(), "internal error while writing the record: " + e);
      }
    }
    throw new AssertionError(outcome);
  }
}
