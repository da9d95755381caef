package verbatim.core.input;

import java.util.Map;
import java.util.TreeMap;

/**
 * Records a source passed over on purpose, counted by reason ("not HTML: image/png", "HTTP
 * status 404", "request record"). They are no failure: a crawl holds far more than pages.
 *
 * @param byReason how many records were passed over for each reason, sorted by reason
 */
public record Skipped(Map<String, Long> byReason) {
  public static final Skipped NONE = new Skipped(Map.of());

  public Skipped {
    byReason = Map.copyOf(byReason);
  }

  /** All records passed over. */
  public long total() {
    return byReason.values().stream().mapToLong(Long::longValue).sum();
  }

  /** Both counts added up, reason by reason. */
  public Skipped plus(Skipped other) {
    Map<String, Long> sum = new TreeMap<>(byReason);
    other.byReason.forEach((reason, n) -> sum.merge(reason, n, Long::sum));
    return new Skipped(sum);
  }

  /** For a person: {@code 3 skipped (2 not HTML: image/png, 1 HTTP status 404)}. */
  @Override
  public String toString() {
    StringBuilder s = new StringBuilder().append(total()).append(" skipped");
    String separator = " (";
    for (Map.Entry<String, Long> e : new TreeMap<>(byReason).entrySet()) {
      s.append(separator).append(e.getValue()).append(' ').append(e.getKey());
      separator = ", ";
    }
    return byReason.isEmpty() ? s.toString() : s.append(')').toString();
  }
}
