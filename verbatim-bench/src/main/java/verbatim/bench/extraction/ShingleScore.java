package verbatim.bench.extraction;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The article-extraction-benchmark metric for one document: 4-gram shingle multisets of the
 * {@code \w+} tokens, with tp/fp/fn normalized to sum to one so long documents weigh no more than
 * short ones. A text of fewer than four tokens gives one shorter shingle; an empty text none.
 */
public record ShingleScore(double tp, double fp, double fn, boolean exact) {
  private static final Pattern TOKEN =
      Pattern.compile("\\w+", Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE);
  private static final int N = 4;

  public static ShingleScore of(String gold, String predicted) {
    List<String> goldTokens = tokens(gold);
    List<String> predTokens = tokens(predicted);
    Map<List<String>, Integer> truth = shingles(goldTokens);
    Map<List<String>, Integer> pred = shingles(predTokens);
    Set<List<String>> keys = new HashSet<>(truth.keySet());
    keys.addAll(pred.keySet());
    double tp = 0;
    double fp = 0;
    double fn = 0;
    for (List<String> key : keys) {
      int t = truth.getOrDefault(key, 0);
      int p = pred.getOrDefault(key, 0);
      tp += Math.min(t, p);
      fp += Math.max(0, p - t);
      fn += Math.max(0, t - p);
    }
    double sum = tp + fp + fn;
    if (sum > 0) {
      tp /= sum;
      fp /= sum;
      fn /= sum;
    }
    return new ShingleScore(tp, fp, fn, goldTokens.equals(predTokens));
  }

  /** Precision with the upstream special cases: nothing wrong → 1, nothing right or predicted → 0. */
  public double precision() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fp == 0) {
      return 0;
    }
    return tp / (tp + fp);
  }

  public double recall() {
    if (fp == 0 && fn == 0) {
      return 1;
    }
    if (tp == 0 && fn == 0) {
      return 0;
    }
    return tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0 : 2 * p * r / (p + r);
  }

  static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = TOKEN.matcher(text);
    while (m.find()) {
      out.add(m.group());
    }
    return out;
  }

  private static Map<List<String>, Integer> shingles(List<String> tokens) {
    Map<List<String>, Integer> out = new HashMap<>();
    int count = Math.max(1, tokens.size() - N + 1);
    for (int i = 0; i < count; i++) {
      List<String> shingle = tokens.subList(i, Math.min(tokens.size(), i + N));
      if (!shingle.isEmpty()) {
        out.merge(List.copyOf(shingle), 1, Integer::sum);
      }
    }
    return out;
  }
}
