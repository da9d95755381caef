package verbatim.bench.dates;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The match rules for title and author on the trafilatura set, which publishes no metadata metric
 * of its own beyond an exact author string match:
 * <ul>
 *   <li>title: equal after normalization (NFKC, lower case, punctuation and quotes dropped,
 *       whitespace collapsed);
 *   <li>author: the token sets of ours and of the gold (all listed authors together) overlap with a
 *       token F1 of at least {@value #AUTHOR_OVERLAP}.
 * </ul>
 * Dates are compared as {@code YYYY-MM-DD} strings.
 */
final class MetadataMatch {
  private MetadataMatch() {}

  static final double AUTHOR_OVERLAP = 0.5;

  static String normalize(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    n = n.replaceAll("[\\p{P}\\p{S}]+", " ");
    return n.replaceAll("\\s+", " ").trim();
  }

  static boolean titleMatches(String ours, String gold) {
    return ours != null && gold != null && normalize(ours).equals(normalize(gold));
  }

  /** Token F1 between our authors and the gold ones, each side taken as one bag of name tokens. */
  static double authorOverlap(List<String> ours, List<String> gold) {
    Set<String> a = tokens(ours);
    Set<String> b = tokens(gold);
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(a);
    common.retainAll(b);
    double p = (double) common.size() / a.size();
    double r = (double) common.size() / b.size();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static boolean authorMatches(List<String> ours, List<String> gold) {
    return authorOverlap(ours, gold) >= AUTHOR_OVERLAP;
  }

  private static Set<String> tokens(List<String> names) {
    return names.stream()
        .flatMap(n -> Arrays.stream(normalize(n).split(" ")))
        .filter(t -> !t.isEmpty())
        .collect(Collectors.toSet());
  }
}
