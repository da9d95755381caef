package verbatim.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.regex.Pattern;

/**
 * A 64-bit SimHash of a text's word shingles (three words each): texts that share most shingles
 * get fingerprints a few bits apart. Used to find the same story republished at another address
 * with a different headline, byline or a sentence changed.
 */
final class SimHash {
  /** Fingerprints at most this many bits apart are near-duplicates (random texts differ by ~32). */
  static final int NEAR = 4;
  /** Shorter texts have too few shingles for a fingerprint to mean anything. */
  static final int MIN_WORDS = 20;
  private static final int SHINGLE = 3;
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  private SimHash() {}

  /** The fingerprint of {@code text}, or empty when it is too short to have a meaningful one. */
  static OptionalLong of(String text) {
    List<String> words = words(text);
    if (words.size() < MIN_WORDS) {
      return OptionalLong.empty();
    }
    int[] weights = new int[64];
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = hash(String.join(" ", words.subList(i, i + SHINGLE)));
      for (int bit = 0; bit < 64; bit++) {
        weights[bit] += (h >>> bit & 1) == 1 ? 1 : -1;
      }
    }
    long fingerprint = 0;
    for (int bit = 0; bit < 64; bit++) {
      if (weights[bit] > 0) {
        fingerprint |= 1L << bit;
      }
    }
    return OptionalLong.of(fingerprint);
  }

  static boolean near(long a, long b) {
    return Long.bitCount(a ^ b) <= NEAR;
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

  /** FNV-1a over the UTF-16 units, then a SplitMix64 finaliser so that every bit depends on every char. */
  private static long hash(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    h = (h ^ (h >>> 30)) * 0xbf58476d1ce4e5b9L;
    h = (h ^ (h >>> 27)) * 0x94d049bb133111ebL;
    return h ^ (h >>> 31);
  }
}
