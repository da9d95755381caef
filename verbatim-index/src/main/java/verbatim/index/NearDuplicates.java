package verbatim.index;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The stored texts near a fingerprint, found without comparing it to every one: locality-sensitive
 * hashing over the MinHash signature (banding). The signature is cut into bands of a few rows; a
 * stored text is a candidate when it agrees with the fingerprint on every row of some band, and
 * each candidate is then checked against the whole signature, so the answer is exactly the texts
 * that {@link Fingerprint#near} would find by comparing with all of them.
 *
 * <p>Why {@value #BANDS} bands of {@value #ROWS} rows: near-duplicates agree on at least
 * {@value Fingerprint#MIN_AGREEMENTS} of the {@value Fingerprint#HASHES} positions, so they disagree
 * on at most 38, and 38 disagreements cannot spoil 39 bands: one band agrees in full, and no
 * near-duplicate is ever missed. The usual 16 bands of 8 rows would miss about 4 in 10 pairs at
 * similarity 0.7. Three rows still keep unrelated texts apart: two texts sharing 5% of their
 * shingles meet in some band with probability about 39 × 0.05³ ≈ 0.5%.
 *
 * <p>Memory: a text costs its signature (512 bytes) and one int in each band's table (about 39 × 6
 * bytes), with no object per text. Not thread-safe: its owner locks.
 *
 * @param <T> what a stored text stands for
 */
final class NearDuplicates<T> {
  static final int BANDS = Fingerprint.HASHES - Fingerprint.MIN_AGREEMENTS + 1;
  static final int ROWS = Fingerprint.HASHES / BANDS;

  static {
    if (ROWS < 1) {
      throw new AssertionError(BANDS + " bands do not fit in " + Fingerprint.HASHES + " hashes");
    }
  }

  private final Signatures signatures = new Signatures();
  private final BandTable[] bands = new BandTable[BANDS];
  private final List<T> owners = new ArrayList<>();

  NearDuplicates() {
    for (int b = 0; b < BANDS; b++) {
      bands[b] = new BandTable(signatures, b * ROWS, ROWS, 0);
    }
  }

  /** Stores the fingerprint of {@code owner}'s text. */
  void add(Fingerprint fingerprint, T owner) {
    int text = signatures.add(fingerprint);
    owners.add(owner);
    for (BandTable band : bands) {
      band.add(text);
    }
  }

  /** The owners of every stored text near {@code fingerprint}: most similar first, then first stored first. */
  List<T> near(Fingerprint fingerprint) {
    Candidates candidates = new Candidates();
    for (BandTable band : bands) {
      band.forEachAgreeing(fingerprint, candidates::add);
    }
    int[] texts = candidates.distinct();
    // agreements in the high bits, the text's number in the low: one sort orders both ways
    long[] near = new long[texts.length];
    int found = 0;
    for (int text : texts) {
      int agreements = signatures.agreements(text, fingerprint);
      if (agreements >= Fingerprint.MIN_AGREEMENTS) {
        near[found++] = ((long) (Fingerprint.HASHES - agreements) << 32) | text;
      }
    }
    Arrays.sort(near, 0, found);
    List<T> out = new ArrayList<>(found);
    for (int i = 0; i < found; i++) {
      out.add(owners.get((int) near[i]));
    }
    return out;
  }

  /** Makes room for {@code expected} texts in all. */
  void reserve(int expected) {
    for (BandTable band : bands) {
      band.reserve(expected);
    }
  }

  int size() {
    return signatures.size();
  }

  /** Text numbers met in the bands; a text met in several bands counts once. */
  private static final class Candidates {
    private int[] texts = new int[16];
    private int size;

    void add(int text) {
      if (size == texts.length) {
        texts = Arrays.copyOf(texts, size * 2);
      }
      texts[size++] = text;
    }

    int[] distinct() {
      Arrays.sort(texts, 0, size);
      int kept = 0;
      for (int i = 0; i < size; i++) {
        if (kept == 0 || texts[kept - 1] != texts[i]) {
          texts[kept++] = texts[i];
        }
      }
      return Arrays.copyOf(texts, kept);
    }
  }
}
