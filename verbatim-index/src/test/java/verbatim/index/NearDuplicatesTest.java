package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NearDuplicatesTest {
  private static final int HASHES = Fingerprint.HASHES;

  @Test
  void theBandsCannotMissANearDuplicate() {
    // 39 bands of 3 rows: the pigeonhole argument the class relies on
    assertThat(NearDuplicates.BANDS).isGreaterThan(HASHES - Fingerprint.MIN_AGREEMENTS);
    assertThat(NearDuplicates.BANDS * NearDuplicates.ROWS).isLessThanOrEqualTo(HASHES);
  }

  @Test
  void exactlyTheFingerprintsAgreeingOnNinetyPositionsAreFoundWhereverTheyDisagree() {
    Random random = new Random(7);
    for (int trial = 0; trial < 300; trial++) {
      int[] base = randomMinima(random);
      NearDuplicates<String> index = new NearDuplicates<>();
      index.add(fingerprint(base), "base");
      int disagreements = 30 + random.nextInt(15);
      int[] probe = base.clone();
      // the worst placement spoils as many bands as it can: one position in each band, then the rest at random
      List<Integer> positions = new ArrayList<>(IntStream.range(0, HASHES).boxed().toList());
      if (trial % 2 == 0) {
        positions.sort(Comparator.comparingInt(p -> p % NearDuplicates.ROWS));
      } else {
        java.util.Collections.shuffle(positions, random);
      }
      for (int i = 0; i < disagreements; i++) {
        probe[positions.get(i)] = ~probe[positions.get(i)];
      }
      boolean near = HASHES - disagreements >= Fingerprint.MIN_AGREEMENTS;
      assertThat(fingerprint(probe).near(fingerprint(base))).isEqualTo(near);
      assertThat(index.near(fingerprint(probe))).as("%d disagreements", disagreements)
          .isEqualTo(near ? List.of("base") : List.of());
    }
  }

  @Test
  void theAnswerIsTheScansOnTextsEditedMoreOrLess() {
    Random random = new Random(11);
    List<String> vocabulary = IntStream.range(0, 400).mapToObj(i -> "w" + Integer.toString(i, 36)).toList();
    List<Fingerprint> stored = new ArrayList<>();
    NearDuplicates<Integer> index = new NearDuplicates<>();
    List<String> originals = new ArrayList<>();
    int copies = 0;
    int found = 0;
    for (int i = 0; i < 400; i++) {
      String text;
      if (i > 10 && random.nextInt(3) == 0) {
        // a copy of an earlier text with a share of its words replaced: some near, some not
        text = edited(originals.get(random.nextInt(originals.size())), random.nextDouble() * 0.12, vocabulary, random);
        copies++;
      } else {
        text = randomText(150 + random.nextInt(200), vocabulary, random);
        originals.add(text);
      }
      Fingerprint f = Fingerprint.of(text).orElseThrow();
      List<Integer> scan = new ArrayList<>();
      for (int j = 0; j < stored.size(); j++) {
        if (stored.get(j).near(f)) {
          scan.add(j);
        }
      }
      assertThat(index.near(f)).containsExactlyInAnyOrderElementsOf(scan);
      found += scan.isEmpty() ? 0 : 1;
      stored.add(f);
      index.add(f, i);
    }
    assertThat(index.size()).isEqualTo(400);
    // both sides of the threshold were tried
    assertThat(found).isBetween(20, copies - 20);
  }

  @Test
  void theMostSimilarComesFirstThenTheFirstStored() {
    Random random = new Random(3);
    int[] base = randomMinima(random);
    NearDuplicates<String> index = new NearDuplicates<>();
    index.add(fingerprint(changed(base, 20)), "further");
    index.add(fingerprint(changed(base, 5)), "closest");
    index.add(fingerprint(changed(base, 20)), "further, stored later");
    index.add(fingerprint(randomMinima(random)), "unrelated");
    assertThat(index.near(fingerprint(base))).containsExactly("closest", "further", "further, stored later");
  }

  @Test
  void thousandsOfTextsWithEqualBandsAreAllFoundAcrossTableGrowth() {
    Random random = new Random(5);
    int[] base = randomMinima(random);
    NearDuplicates<Integer> index = new NearDuplicates<>();
    for (int i = 0; i < 3000; i++) {
      index.add(fingerprint(i % 3 == 0 ? base : randomMinima(random)), i);
    }
    assertThat(index.near(fingerprint(base))).hasSize(1000).startsWith(0, 3, 6);
  }

  private static int[] randomMinima(Random random) {
    int[] minima = new int[HASHES];
    for (int i = 0; i < HASHES; i++) {
      minima[i] = random.nextInt(Integer.MAX_VALUE);
    }
    return minima;
  }

  private static int[] changed(int[] minima, int positions) {
    int[] out = minima.clone();
    for (int i = 0; i < positions; i++) {
      out[i * 5 % HASHES] = ~out[i * 5 % HASHES];
    }
    return out;
  }

  private static Fingerprint fingerprint(int[] minima) {
    ByteBuffer bytes = ByteBuffer.allocate(HASHES * Integer.BYTES);
    bytes.asIntBuffer().put(minima);
    return Fingerprint.fromBytes(bytes.array(), 0, bytes.capacity());
  }

  private static String randomText(int words, List<String> vocabulary, Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < words; i++) {
      out.append(vocabulary.get(random.nextInt(vocabulary.size()))).append(' ');
    }
    return out.toString();
  }

  private static String edited(String text, double share, List<String> vocabulary, Random random) {
    String[] words = text.split(" ");
    for (int i = 0; i < words.length; i++) {
      if (random.nextDouble() < share) {
        words[i] = vocabulary.get(random.nextInt(vocabulary.size()));
      }
    }
    return String.join(" ", words);
  }
}
