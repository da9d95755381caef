package verbatim.index;

import java.util.Arrays;

/**
 * The fingerprints of many texts, stored flat: {@value Fingerprint#HASHES} ints a text in chunks of
 * {@value #PER_CHUNK} texts. A million texts cost their 512 bytes each and no object each, and
 * growing never copies what is already stored. Texts are numbered 0, 1, 2, … in the order added.
 * Not thread-safe: its owner locks.
 */
final class Signatures {
  private static final int CHUNK_BITS = 10;
  private static final int PER_CHUNK = 1 << CHUNK_BITS;
  private static final int HASHES = Fingerprint.HASHES;

  private int[][] chunks = new int[16][];
  private int size;

  /** Stores {@code fingerprint}; returns the text's number. */
  int add(Fingerprint fingerprint) {
    int chunk = size >>> CHUNK_BITS;
    if (chunk == chunks.length) {
      chunks = Arrays.copyOf(chunks, chunks.length * 2);
    }
    if (chunks[chunk] == null) {
      chunks[chunk] = new int[PER_CHUNK * HASHES];
    }
    fingerprint.copyTo(chunks[chunk], base(size));
    return size++;
  }

  /** The minimum of hash {@code i} of text {@code text}. */
  int minimum(int text, int i) {
    return chunks[text >>> CHUNK_BITS][base(text) + i];
  }

  /** At how many positions text {@code text} agrees with {@code fingerprint}. */
  int agreements(int text, Fingerprint fingerprint) {
    int[] chunk = chunks[text >>> CHUNK_BITS];
    int base = base(text);
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (chunk[base + i] == fingerprint.minimum(i)) {
        same++;
      }
    }
    return same;
  }

  int size() {
    return size;
  }

  private static int base(int text) {
    return (text & (PER_CHUNK - 1)) * HASHES;
  }
}
