package verbatim.corenlp;

import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * The feed-forward network of CoreNLP's neural dependency parser (Chen and Manning 2014), laid out
 * for speed: one embedding per input feature, a cube-activated hidden layer, one score per
 * transition.
 *
 * <p>CoreNLP's own scorer spends most of the parse in dot products it cannot vectorise and in
 * features outside its precomputed table. Here every weight matrix is stored transposed, so each
 * step is a multiply-add over a contiguous row that the JIT turns into SIMD instructions, and the
 * hidden-layer contribution of a (feature position, token) pair is computed once per process and
 * kept, up to a memory budget, instead of being taken from a fixed table of 100,000 pairs held in
 * doubles (800 MB). Thread-safe: the weights are read-only and the kept contributions are
 * published through an atomic array.
 */
final class TransitionScorer {
  /** About 4 KB each with the English model's 1,000 hidden units: 160 MB at most. */
  static final int DEFAULT_KEPT_CONTRIBUTIONS = 40_000;

  private final int hidden;
  private final int embedding;
  private final int features;
  private final int transitions;
  private final int vocabulary;
  private final float[][] embeddings;
  private final float[][][] inputWeightsByPosition;
  private final float[] bias;
  private final float[][] outputWeightsByHidden;
  private final AtomicReferenceArray<float[]> kept;
  private final AtomicInteger keptCount = new AtomicInteger();
  private final int keptBudget;

  /**
   * @param embeddings one row per token id (words, tags and labels share the id space)
   * @param inputWeights {@code hidden × (features · embedding)}, as CoreNLP stores W1
   * @param bias the hidden layer's bias
   * @param outputWeights {@code transitions × hidden}, as CoreNLP stores W2
   * @param keptBudget how many (position, token) contributions to keep
   */
  TransitionScorer(float[][] embeddings, float[][] inputWeights, float[] bias, float[][] outputWeights, int keptBudget) {
    this.hidden = inputWeights.length;
    this.embedding = embeddings[0].length;
    this.features = inputWeights[0].length / embedding;
    this.transitions = outputWeights.length;
    this.vocabulary = embeddings.length;
    this.embeddings = embeddings;
    this.bias = bias.clone();
    this.keptBudget = keptBudget;
    if (features * embedding != inputWeights[0].length || bias.length != hidden || outputWeights[0].length != hidden) {
      throw new IllegalArgumentException("the parser's weight matrices do not fit together");
    }
    // one array per row, each loop running over a whole array: the JIT vectorises that form, and
    // not a loop over an offset into a larger array
    inputWeightsByPosition = new float[features][embedding][hidden];
    for (int h = 0; h < hidden; h++) {
      float[] row = inputWeights[h];
      for (int j = 0; j < features; j++) {
        for (int k = 0; k < embedding; k++) {
          inputWeightsByPosition[j][k][h] = row[j * embedding + k];
        }
      }
    }
    outputWeightsByHidden = new float[hidden][transitions];
    for (int t = 0; t < transitions; t++) {
      for (int h = 0; h < hidden; h++) {
        outputWeightsByHidden[h][t] = outputWeights[t][h];
      }
    }
    kept = new AtomicReferenceArray<>(Math.multiplyExact(features, vocabulary));
  }

  int transitions() {
    return transitions;
  }

  int features() {
    return features;
  }

  /** One score per transition, in the order of the parser's transition list. */
  float[] scores(int[] tokenIds) {
    if (tokenIds.length != features) {
      throw new IllegalArgumentException("expected " + features + " features, got " + tokenIds.length);
    }
    float[] layer = new float[hidden];
    for (int j = 0; j < features; j++) {
      addContribution(layer, j, tokenIds[j]);
    }
    for (int h = 0; h < hidden; h++) {
      float x = layer[h] + bias[h];
      layer[h] = x * x * x;
    }
    float[] scores = new float[transitions];
    for (int h = 0; h < hidden; h++) {
      multiplyAdd(scores, layer[h], outputWeightsByHidden[h]);
    }
    return scores;
  }

  private void addContribution(float[] layer, int position, int token) {
    int slot = position * vocabulary + token;
    float[] contribution = kept.get(slot);
    if (contribution == null) {
      contribution = contribution(position, token);
      // a race may compute one twice; both copies are equal, and the count only bounds memory
      if (keptCount.get() < keptBudget && kept.compareAndSet(slot, null, contribution)) {
        keptCount.incrementAndGet();
      }
    }
    for (int h = 0; h < layer.length; h++) {
      layer[h] += contribution[h];
    }
  }

  private float[] contribution(int position, int token) {
    float[] out = new float[hidden];
    float[] vector = embeddings[token];
    float[][] block = inputWeightsByPosition[position];
    for (int k = 0; k < embedding; k++) {
      multiplyAdd(out, vector[k], block[k]);
    }
    return out;
  }

  /** {@code into += factor · row}, over all of {@code row}. */
  private static void multiplyAdd(float[] into, float factor, float[] row) {
    for (int i = 0; i < row.length; i++) {
      into[i] += factor * row[i];
    }
  }
}
