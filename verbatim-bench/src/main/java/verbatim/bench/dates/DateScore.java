package verbatim.bench.dates;

/**
 * The htmldate evaluation metric ({@code tests/evaluation.py}, {@code evaluate_result}), counted over
 * days as {@code YYYY-MM-DD} strings: an output equal to the reference is a true positive, a
 * different one a false positive; no output is a false negative, and when there is no reference
 * either it is a true negative <em>and</em> a false negative, as upstream counts it.
 */
public record DateScore(int truePositives, int falsePositives, int trueNegatives, int falseNegatives) {

  public DateScore {
    if (truePositives < 0 || falsePositives < 0 || trueNegatives < 0 || falseNegatives < 0) {
      throw new IllegalArgumentException("negative count in " + truePositives + "/" + falsePositives
          + "/" + trueNegatives + "/" + falseNegatives);
    }
  }

  public static final DateScore ZERO = new DateScore(0, 0, 0, 0);

  /** The score of one page; {@code ours} and {@code gold} are {@code YYYY-MM-DD} or null. */
  public static DateScore of(String ours, String gold) {
    if (ours == null) {
      return gold == null ? new DateScore(0, 0, 1, 1) : new DateScore(0, 0, 0, 1);
    }
    return ours.equals(gold) ? new DateScore(1, 0, 0, 0) : new DateScore(0, 1, 0, 0);
  }

  public DateScore plus(DateScore o) {
    return new DateScore(truePositives + o.truePositives, falsePositives + o.falsePositives,
        trueNegatives + o.trueNegatives, falseNegatives + o.falseNegatives);
  }

  public double precision() {
    return ratio(truePositives, truePositives + falsePositives);
  }

  public double recall() {
    return ratio(truePositives, truePositives + falseNegatives);
  }

  public double accuracy() {
    return ratio(truePositives + trueNegatives, truePositives + falsePositives + trueNegatives + falseNegatives);
  }

  public double fScore() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  private static double ratio(int a, int b) {
    return b == 0 ? 0 : (double) a / b;
  }
}
