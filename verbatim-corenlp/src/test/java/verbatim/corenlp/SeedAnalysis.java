package verbatim.corenlp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import verbatim.core.input.RawInput;
import verbatim.core.model.Analysis;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.testing.SharedData;

/**
 * The seed article analysed once by the whole pipeline with CoreNLP, for every golden test of this
 * module. Asking for it skips the asking test, with the reason, when ../shared is absent.
 */
final class SeedAnalysis {
  private static Analysis analysis;

  private SeedAnalysis() {}

  static synchronized Analysis get() {
    Path seed = SharedData.require("seed/donga-2025-02-10-trump-kim.txt");
    if (analysis == null) {
      try {
        Outcome outcome = Pipeline.standard(AnalysisOptions.defaults(), SharedEngine.english())
            .analyze(new RawInput(seed.toString(), Files.readAllBytes(seed), null));
        analysis = ((Outcome.Analyzed) outcome).analysis();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return analysis;
  }
}
