package verbatim.bench.extraction;

import java.util.List;

/**
 * Corpus figures of the article-extraction-benchmark: precision is the mean over documents that
 * predicted or got something right (tp+fp &gt; 0), recall the mean over documents with gold
 * shingles (tp+fn &gt; 0), F1 from those two means, accuracy the share of exact token matches.
 */
public record ShingleCorpus(double precision, double recall, double f1, double accuracy) {

  public static ShingleCorpus of(List<ShingleScore> scores) {
    double p = 0;
    int pn = 0;
    double r = 0;
    int rn = 0;
    int exact = 0;
    for (ShingleScore s : scores) {
      if (s.tp() + s.fp() > 0) {
        p += s.precision();
        pn++;
      }
      if (s.tp() + s.fn() > 0) {
        r += s.recall();
        rn++;
      }
      exact += s.exact() ? 1 : 0;
    }
    double precision = pn == 0 ? 0 : p / pn;
    double recall = rn == 0 ? 0 : r / rn;
    double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    return new ShingleCorpus(precision, recall, f1, scores.isEmpty() ? 0 : (double) exact / scores.size());
  }
}
