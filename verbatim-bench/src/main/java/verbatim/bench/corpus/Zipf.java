package verbatim.bench.corpus;

import java.util.Arrays;
import java.util.SplittableRandom;

/** Ranks 0 … n-1 drawn with probability proportional to 1 / (rank + 1)^exponent: a few names everywhere, most rare. */
final class Zipf {
  private final double[] cumulative;

  Zipf(int n, double exponent) {
    if (n < 1) {
      throw new IllegalArgumentException("a Zipf distribution needs 1 rank or more, not " + n);
    }
    cumulative = new double[n];
    double sum = 0;
    for (int rank = 0; rank < n; rank++) {
      sum += 1 / Math.pow(rank + 1, exponent);
      cumulative[rank] = sum;
    }
  }

  int next(SplittableRandom random) {
    double u = random.nextDouble() * cumulative[cumulative.length - 1];
    int at = Arrays.binarySearch(cumulative, u);
    return Math.min(at >= 0 ? at : -at - 1, cumulative.length - 1);
  }
}
