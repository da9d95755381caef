package verbatim.index;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A MinHash of a text's word shingles (three words each): the share of positions two fingerprints
 * agree on estimates the Jaccard similarity of the texts' shingle sets. Finds the same story
 * republished at another address with a different headline, byline or a sentence changed.
 */
final class Fingerprint {
  /** Texts sharing at least this share of their shingles are near-duplicates. */
  static final double NEAR = 0.7;
  /** Shorter texts have too few shingles for a fingerprint to mean anything. */
  static final int MIN_WORDS = 20;
  /** 128 hashes: the estimate's standard error is about 0.04. */
  static final int HASHES = 128;
  /** How many of the hashes two near-duplicates agree on at least: 90 of 128 is the first share ≥ 0.7. */
  static final int MIN_AGREEMENTS = (int) Math.ceil(NEAR * HASHES);
  private static final int SHINGLE = 3;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private final int[] minima;

  private Fingerprint(int[] minima) {
    this.minima = minima;
  }

  /** The fingerprint of {@code text}, or empty when it is too short to have a meaningful one. */
  static Optional<Fingerprint> of(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return Optional.empty();
    }
    Set<Long> shingles = new HashSet<>();
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      shingles.add(hash(String.join(" ", words.subList(i, i + SHINGLE))));
    }
    int[] minima = new int[HASHES];
    Arrays.fill(minima, Integer.MAX_VALUE);
    for (long shingle : shingles) {
      for (int i = 0; i < HASHES; i++) {
        // one strong mix per seed stands in for an independent hash function
        int h = (int) (mix(shingle + 0x9e3779b97f4a7c15L * (i + 1)) >>> 33);
        if (h < minima[i]) {
          minima[i] = h;
        }
      }
    }
    return Optional.of(new Fingerprint(minima));
  }

  /** The estimated share of shingles the two texts have in common, from 0 to 1. */
  double similarity(Fingerprint other) {
    return (double) agreements(other) / HASHES;
  }

  /** At how many of the {@value #HASHES} positions the two fingerprints agree. */
  int agreements(Fingerprint other) {
    int same = 0;
    for (int i = 0; i < HASHES; i++) {
      if (minima[i] == other.minima[i]) {
        same++;
      }
    }
    return same;
  }

  boolean near(Fingerprint other) {
    return agreements(other) >= MIN_AGREEMENTS;
  }

  /** The minimum of the {@code i}th hash function over the text's shingles. */
  int minimum(int i) {
    return minima[i];
  }

  /** Copies the {@value #HASHES} minima into {@code target} from {@code at} on. */
  void copyTo(int[] target, int at) {
    System.arraycopy(minima, 0, target, at, HASHES);
  }

  byte[] bytes() {
    ByteBuffer out = ByteBuffer.allocate(HASHES * Integer.BYTES);
    out.asIntBuffer().put(minima);
    return out.array();
  }

  static Fingerprint fromBytes(byte[] bytes, int offset, int length) {
    if (length != HASHES * Integer.BYTES) {
      throw new IllegalArgumentException("a fingerprint has " + HASHES * Integer.BYTES + " bytes, not " + length);
    }
    int[] minima = new int[HASHES];
    ByteBuffer.wrap(bytes, offset, length).asIntBuffer().get(minima);
    return new Fingerprint(minima);
  }

  private static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : NON_WORD.split(text.toLowerCase(Locale.ROOT))) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  /** FNV-1a over the UTF-16 units, then mixed so that every bit depends on every char. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** The SplitMix64 finaliser. */
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
    z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
    return z ^ (z >>> 31);
  }
}
