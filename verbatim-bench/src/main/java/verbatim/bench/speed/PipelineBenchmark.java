package verbatim.bench.speed;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import verbatim.core.input.RawInput;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;

/**
 * Documents per second through the whole {@code verbatim analyze} pipeline (decode, extract,
 * language, zones), one thread. Inputs: the seed scrape from shared/ and the project's own
 * sample HTML page.
 *
 * <p>Run: {@code java -cp "verbatim-bench/target/classes:$(cat /tmp/bench.cp)" org.openjdk.jmh.Main
 * PipelineBenchmark -jvmArgs -Dverbatim.root=$PWD}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class PipelineBenchmark {
  @Param({"../shared/seed/donga-2025-02-10-trump-kim.txt", "samples/news/harbour-ledger-2024-03-05-talks.html"})
  public String input;

  private Pipeline pipeline;
  private RawInput raw;

  @Setup
  public void setUp() throws IOException {
    Path root = Path.of(System.getProperty("verbatim.root", "."));
    Path file = root.resolve(input);
    raw = new RawInput(input, Files.readAllBytes(file), null);
    pipeline = Pipeline.standard(AnalysisOptions.defaults(), Linguistics.none());
    if (!(pipeline.analyze(raw) instanceof Outcome.Analyzed)) {
      throw new IllegalStateException(input + " does not analyse");
    }
  }

  @Benchmark
  public Outcome analyze() {
    return pipeline.analyze(raw);
  }
}
