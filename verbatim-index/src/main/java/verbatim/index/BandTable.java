package verbatim.index;

import java.util.function.IntConsumer;

/**
 * One band of the near-duplicate index: which stored texts agree with a fingerprint on every row
 * of this band. An open-addressing hash table that holds only each text's number: the band's
 * values are read back from the {@link Signatures} when probing, so an entry costs 4 bytes and the
 * table's slack. Texts with equal values lie next to each other, so a probe finds them all. Not
 * thread-safe: its owner locks.
 */
final class BandTable {
  private static final double MAX_LOAD = 0.75;
  private static final int MIN_CAPACITY = 16;

  private final Signatures signatures;
  private final int first;
  private final int rows;
  private int[] slots;
  private int size;

  /** The band of hash positions {@code first} to {@code first + rows - 1}, sized for {@code expected} texts. */
  BandTable(Signatures signatures, int first, int rows, int expected) {
    this.signatures = signatures;
    this.first = first;
    this.rows = rows;
    this.slots = new int[capacityFor(expected)];
  }

  /** Adds stored text {@code text}. */
  void add(int text) {
    if (size + 1 > slots.length * MAX_LOAD) {
      resize(slots.length * 2);
    }
    place(slots, text);
    size++;
  }

  /** Gives {@code found} every stored text whose minima equal {@code fingerprint}'s on this band. */
  void forEachAgreeing(Fingerprint fingerprint, IntConsumer found) {
    int mask = slots.length - 1;
    for (int i = hashOf(fingerprint) & mask; slots[i] != 0; i = (i + 1) & mask) {
      int text = slots[i] - 1;
      if (agrees(text, fingerprint)) {
        found.accept(text);
      }
    }
  }

  /** Makes room for {@code expected} texts in all, so that loading many does not rehash again and again. */
  void reserve(int expected) {
    int capacity = capacityFor(expected);
    if (capacity > slots.length) {
      resize(capacity);
    }
  }

  private boolean agrees(int text, Fingerprint fingerprint) {
    for (int r = 0; r < rows; r++) {
      if (signatures.minimum(text, first + r) != fingerprint.minimum(first + r)) {
        return false;
      }
    }
    return true;
  }

  private void resize(int capacity) {
    int[] larger = new int[capacity];
    for (int slot : slots) {
      if (slot != 0) {
        place(larger, slot - 1);
      }
    }
    slots = larger;
  }

  private void place(int[] table, int text) {
    int mask = table.length - 1;
    int i = hashOf(text) & mask;
    while (table[i] != 0) {
      i = (i + 1) & mask;
    }
    // stored plus one: 0 marks an empty slot
    table[i] = text + 1;
  }

  private int hashOf(int text) {
    long h = 0;
    for (int r = 0; r < rows; r++) {
      h = step(h, signatures.minimum(text, first + r));
    }
    return finish(h);
  }

  private int hashOf(Fingerprint fingerprint) {
    long h = 0;
    for (int r = 0; r < rows; r++) {
      h = step(h, fingerprint.minimum(first + r));
    }
    return finish(h);
  }

  private static long step(long h, int value) {
    return (h + value) * 0x9e3779b97f4a7c15L;
  }

  /** The high bits of a SplitMix64 finish: the low bits alone would cluster texts whose values share low bits. */
  private static int finish(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return (int) ((z ^ (z >>> 31)) >>> 32);
  }

  private static int capacityFor(int expected) {
    long needed = (long) Math.ceil(Math.max(expected, 1) / MAX_LOAD) + 1;
    if (needed > 1 << 30) {
      throw new IllegalArgumentException(expected + " texts are more than a band table holds (" + (int) ((1 << 30) * MAX_LOAD) + ")");
    }
    return Math.max(MIN_CAPACITY, Integer.highestOneBit((int) needed - 1) << 1);
  }
}
