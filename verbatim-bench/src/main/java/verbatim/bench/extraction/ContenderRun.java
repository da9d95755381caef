package verbatim.bench.extraction;

import java.util.ArrayList;
import java.util.List;

/**
 * One contender's outputs over a dataset, single-threaded, timed after untimed warm-up passes so
 * that the JIT has compiled every system before its clock starts. The speed is that of the
 * fastest of the timed passes: on a shared machine other work only ever slows a pass down.
 *
 * @param failures pages on which the contender threw; their output is empty
 */
record ContenderRun(String name, List<String> outputs, int failures, double pagesPerSecond) {
  ContenderRun {
    outputs = List.copyOf(outputs);
  }

  static ContenderRun of(Contender contender, List<EvalPage> pages, int warmUpPasses, int timedPasses) {
    if (timedPasses < 1) {
      throw new IllegalArgumentException("timed passes " + timedPasses + ": need at least 1");
    }
    for (int i = 0; i < warmUpPasses; i++) {
      pass(contender, pages, new ArrayList<>());
    }
    List<String> outputs = List.of();
    int failures = 0;
    long fastest = Long.MAX_VALUE;
    for (int i = 0; i < timedPasses; i++) {
      List<String> passOutputs = new ArrayList<>(pages.size());
      long start = System.nanoTime();
      failures = pass(contender, pages, passOutputs);
      fastest = Math.min(fastest, System.nanoTime() - start);
      outputs = passOutputs;
    }
    double seconds = fastest / 1e9;
    return new ContenderRun(contender.name(), outputs, failures, seconds == 0 ? 0 : pages.size() / seconds);
  }

  private static int pass(Contender contender, List<EvalPage> pages, List<String> outputs) {
    int failures = 0;
    for (EvalPage page : pages) {
      String text;
      try {
        text = contender.extraction().text(page.html(), page.url());
      } catch (Exception | StackOverflowError e) { // a peer's bug costs it the page, not the run
        text = null;
      }
      if (text == null) {
        failures++;
        text = "";
      }
      outputs.add(text);
    }
    return failures;
  }
}
