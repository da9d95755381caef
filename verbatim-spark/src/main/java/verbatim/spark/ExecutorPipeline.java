package verbatim.spark;

import java.util.HashMap;
import java.util.Map;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.Pipeline;
import verbatim.corenlp.CoreNlpLinguistics;

/**
 * The pipeline of this JVM. The CoreNLP models take seconds and gigabytes to load, so an executor
 * loads them once, on its first task, and every task on every core shares them (the pipeline and
 * the models are thread-safe). Tasks of another job with other settings get their own pipeline
 * over the same models.
 */
final class ExecutorPipeline {
  private static Linguistics linguistics;
  private static final Map<JobSettings, Pipeline> PIPELINES = new HashMap<>();

  private ExecutorPipeline() {}

  static synchronized Pipeline of(JobSettings settings) {
    return PIPELINES.computeIfAbsent(settings, s -> Pipeline.standard(s.options(), linguistics()));
  }

  /** The models of this JVM, loaded on first use. */
  static synchronized Linguistics linguistics() {
    if (linguistics == null) {
      linguistics = CoreNlpLinguistics.english();
    }
    return linguistics;
  }
}
