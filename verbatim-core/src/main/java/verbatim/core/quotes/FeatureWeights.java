package verbatim.core.quotes;

import java.util.Map;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.Context;
import opennlp.tools.ml.model.MaxentModel;

/**
 * A yes/no maximum-entropy model read into one flat table: for each feature, the weight it gives
 * "yes" over "no", keyed by a 64-bit hash of the feature's text. A candidate's probability is the
 * logistic of its features' summed weights, which is what OpenNLP computes (to rounding) from the
 * two outcomes' sums. The table is read without building a feature's string or following the
 * pointers of OpenNLP's map: on PolNeAR the edge models score about 200 candidates of about 35
 * features for every report, and OpenNLP's lookup was most of the learned layer's time.
 *
 * <p>A feature the model never saw has weight 0, as in OpenNLP. Two of the model's features with
 * one hash are refused when the table is built; a feature the model never saw that shares a hash
 * with one it did (odds about one in 10^13 per lookup for a model of a million features) would
 * take that feature's weight. Immutable and thread-safe.
 */
final class FeatureWeights {
  private static final long FNV_OFFSET = 0xcbf29ce484222325L;
  private static final long FNV_PRIME = 0x100000001b3L;
  /** Marks an empty slot; a hash that comes out as this is moved off it. */
  private static final long EMPTY = 0;

  /**
   * Slot {@code i} holds its key at {@code 2i} and the bits of its weight at {@code 2i + 1}: a
   * lookup reads one cache line, not one in a key array and another in a weight array (the
   * table is far larger than the cache, and the lookups are random).
   */
  private final long[] slots;
  private final int mask;

  private FeatureWeights(long[] slots) {
    this.slots = slots;
    this.mask = slots.length / 2 - 1;
  }

  /**
   * Reads an OpenNLP model with the outcomes {@link AttributionModel#YES} and {@link
   * AttributionModel#NO} and no others. Features whose weights are equal for both outcomes are left
   * out: they move no probability.
   */
  static FeatureWeights of(MaxentModel model) {
    int yes = model.getIndex(AttributionModel.YES);
    int no = model.getIndex(AttributionModel.NO);
    if (model.getNumOutcomes() != 2 || yes < 0 || no < 0) {
      throw new IllegalArgumentException("not a yes/no model: " + model.getNumOutcomes() + " outcomes");
    }
    if (!(model instanceof AbstractModel readable)) {
      throw new IllegalArgumentException("an OpenNLP model of an unknown kind: " + model.getClass().getName());
    }
    @SuppressWarnings("unchecked")
    Map<String, Context> features = (Map<String, Context>) readable.getDataStructures()[1];
    int slots = Integer.highestOneBit(Math.max(16, features.size() * 2 - 1)) << 1;
    long[] table = new long[slots * 2];
    for (Map.Entry<String, Context> e : features.entrySet()) {
      int[] outcomes = e.getValue().getOutcomes();
      double[] parameters = e.getValue().getParameters();
      double weight = 0;
      for (int k = 0; k < outcomes.length; k++) {
        weight += outcomes[k] == yes ? parameters[k] : outcomes[k] == no ? -parameters[k] : 0;
      }
      if (weight == 0) {
        continue;
      }
      long key = hash(e.getKey());
      int slot = slot(key, slots - 1);
      while (table[2 * slot] != EMPTY) {
        if (table[2 * slot] == key) {
          throw new IllegalArgumentException("two features of the model share a hash, one of them '" + e.getKey() + "'");
        }
        slot = (slot + 1) & (slots - 1);
      }
      table[2 * slot] = key;
      table[2 * slot + 1] = Double.doubleToRawLongBits(weight);
    }
    return new FeatureWeights(table);
  }

  /** The probability of "yes" for these features. */
  double probability(String[] features) {
    double sum = 0;
    for (String f : features) {
      sum += weight(hash(f));
    }
    return logistic(sum);
  }

  /** A fresh sink that adds up the weights of the features given to it. One thread at a time. */
  Sum sum() {
    return new Sum(this);
  }

  double weight(long key) {
    for (int slot = slot(key, mask); ; slot = (slot + 1) & mask) {
      long k = slots[2 * slot];
      if (k == key) {
        return Double.longBitsToDouble(slots[2 * slot + 1]);
      }
      if (k == EMPTY) {
        return 0;
      }
    }
  }

  static double logistic(double sum) {
    return 1 / (1 + Math.exp(-sum));
  }

  /** FNV-1a over the text's chars: a feature hashed in parts hashes the same as joined. */
  static long hash(String text) {
    return finish(mix(FNV_OFFSET, text));
  }

  private static long mix(long hash, String text) {
    long h = hash;
    for (int i = 0; i < text.length(); i++) {
      h = (h ^ text.charAt(i)) * FNV_PRIME;
    }
    return h;
  }

  private static long finish(long hash) {
    return hash == EMPTY ? 1 : hash;
  }

  /** The table slot of a key: its high bits folded in, since FNV's low bits mix least. */
  private static int slot(long key, int mask) {
    long h = key ^ (key >>> 29);
    h *= 0xbf58476d1ce4e5b9L;
    return (int) (h ^ (h >>> 32)) & mask;
  }

  /** Adds up the weights of one candidate's features, given in parts. */
  static final class Sum implements FeatureSink {
    private final FeatureWeights weights;
    private long hash;
    private double total;

    private Sum(FeatureWeights weights) {
      this.weights = weights;
    }

    /** Starts a new candidate. */
    void clear() {
      total = 0;
    }

    @Override
    public void begin() {
      hash = FNV_OFFSET;
    }

    @Override
    public void part(String text) {
      hash = mix(hash, text);
    }

    @Override
    public void end() {
      total += weights.weight(finish(hash));
    }

    /** The probability of "yes" for the candidate's features so far. */
    double probability() {
      return logistic(total);
    }
  }
}
