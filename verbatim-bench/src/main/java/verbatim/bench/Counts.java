package verbatim.bench;

/** True positives, false positives and false negatives, with the usual P/R/F1: shared by every evaluation. */
public record Counts(int truePositives, int falsePositives, int falseNegatives) {
  public static final Counts ZERO = new Counts(0, 0, 0);

  public Counts {
    if (truePositives < 0 || falsePositives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count: " + truePositives + "/" + falsePositives + "/" + falseNegatives);
    }
  }

  public Counts plus(Counts o) {
    return new Counts(truePositives + o.truePositives, falsePositives + o.falsePositives,
        falseNegatives + o.falseNegatives);
  }

  /** In [0, 1]; 0 when nothing was predicted. */
  public double precision() {
    int predicted = truePositives + falsePositives;
    return predicted == 0 ? 0 : (double) truePositives / predicted;
  }

  public double recall() {
    int gold = truePositives + falseNegatives;
    return gold == 0 ? 0 : (double) truePositives / gold;
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }
}
