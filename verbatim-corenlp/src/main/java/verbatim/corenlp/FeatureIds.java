package verbatim.corenlp;

import java.util.Arrays;

/**
 * A CRF model's feature names, kept as 64-bit FNV-1a hashes of their characters mapped to the
 * model's feature numbers, so that a feature is found by hashing its parts as they are produced,
 * with no string built. Read-only once built, so one table serves every thread.
 */
final class FeatureIds {
  static final long START = 0xcbf29ce484222325L;
  private static final long PRIME = 0x100000001b3L;
  private static final long EMPTY = 0L;

  private final long[] keys;
  private final int[] ids;
  private final int mask;

  /** @param names the feature names, numbered by their position */
  FeatureIds(Iterable<String> names, int count) {
    int capacity = Integer.highestOneBit(Math.max(16, count * 2 - 1)) << 1;
    keys = new long[capacity];
    ids = new int[capacity];
    mask = capacity - 1;
    int id = 0;
    for (String name : names) {
      long key = hash(START, name);
      if (key == EMPTY) {
        throw new IllegalStateException("feature \"" + name + "\" hashes to the table's empty key");
      }
      int slot = slot(key);
      if (keys[slot] == key) {
        throw new IllegalStateException("two feature names share a 64-bit hash: \"" + name + "\"");
      }
      keys[slot] = key;
      ids[slot] = id++;
    }
  }

  /** The feature number of the name whose hash is {@code key}, or -1 when the model has none. */
  int id(long key) {
    for (int slot = (int) mix(key) & mask;; slot = (slot + 1) & mask) {
      long k = keys[slot];
      if (k == key) {
        return ids[slot];
      }
      if (k == EMPTY) {
        return -1;
      }
    }
  }

  private int slot(long key) {
    int slot = (int) mix(key) & mask;
    while (keys[slot] != EMPTY && keys[slot] != key) {
      slot = (slot + 1) & mask;
    }
    return slot;
  }

  private static long mix(long key) {
    return key ^ (key >>> 29) ^ (key >>> 41);
  }

  static long hash(long h, String s) {
    for (int i = 0; i < s.length(); i++) {
      h = (h ^ s.charAt(i)) * PRIME;
    }
    return h;
  }

  static long hash(long h, char c) {
    return (h ^ c) * PRIME;
  }

  /** Sorted distinct ids of {@code buffer[0, n)}, without -1 (a feature the model does not have). */
  static int[] distinct(int[] buffer, int n) {
    Arrays.sort(buffer, 0, n);
    int out = 0;
    for (int i = 0; i < n; i++) {
      if (buffer[i] >= 0 && (out == 0 || buffer[out - 1] != buffer[i])) {
        buffer[out++] = buffer[i];
      }
    }
    return Arrays.copyOf(buffer, out);
  }
}
