package verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Two versions of a 2,000-sentence transcript: the sentence search is bounded, so comparing them
 * takes well under a second, not the minutes an all-pairs comparison would.
 */
class LongStatementDiffTest {
  private static final int SENTENCES = 2_000;

  @Test
  void twoThousandSentencesCompareFastAndEveryChangeIsFound() {
    Random random = new Random(20_250_210);
    List<String> vocabulary = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      vocabulary.add(word(i));
    }
    List<String> first = new ArrayList<>();
    for (int i = 0; i < SENTENCES; i++) {
      first.add(sentence(random, vocabulary, 12 + random.nextInt(10)));
    }
    List<String> second = new ArrayList<>();
    int reworded = 0;
    int removed = 0;
    int added = 0;
    List<String> moved = new ArrayList<>();
    for (int i = 0; i < SENTENCES; i++) {
      String s = first.get(i);
      if (i >= 1_014 && i < 1_019) {
        moved.add(s); // five sentences from the middle go to the end, unchanged
        continue;
      }
      if (i % 50 == 7) {
        removed++;
        continue;
      }
      if (i % 10 == 3) {
        String[] words = s.split(" ");
        words[2] = "altered";
        words[5] = "wording";
        s = String.join(" ", words);
        reworded++;
      }
      second.add(s);
      if (i % 40 == 11) {
        second.add(sentence(random, vocabulary, 15));
        added++;
      }
    }
    second.addAll(moved);
    String a = String.join(" ", first);
    String b = String.join(" ", second);

    StatementDiff diff = new StatementDiff();
    diff.compare(Statement.of("warm-up", "A short text. Another one."), Statement.of("warm-up", "A short text."));
    long started = System.nanoTime();
    Comparison c = diff.compare(Statement.of("a", a), Statement.of("b", b));
    long millis = (System.nanoTime() - started) / 1_000_000;

    assertThat(millis).as("milliseconds for %d sentences", SENTENCES).isLessThan(5_000);
    assertThat(c.counts().reworded()).isEqualTo(reworded);
    assertThat(c.counts().removed()).isEqualTo(removed);
    assertThat(c.counts().added()).isEqualTo(added);
    assertThat(c.counts().moved()).isEqualTo(moved.size());
    assertThat(c.counts().kept()).isEqualTo(SENTENCES - removed - reworded - moved.size());
  }

  /** Made-up words, so that each sentence is its own: "bac", "dafe", … */
  private static String word(int n) {
    StringBuilder w = new StringBuilder();
    String consonants = "bcdfghklmnprstvz";
    String vowels = "aeiou";
    do {
      w.append(consonants.charAt(n % 16)).append(vowels.charAt((n / 16) % 5));
      n /= 80;
    } while (n > 0);
    return w.toString();
  }

  private static String sentence(Random random, List<String> vocabulary, int length) {
    StringBuilder s = new StringBuilder("The");
    for (int i = 1; i < length; i++) {
      s.append(' ').append(vocabulary.get(random.nextInt(vocabulary.size())));
    }
    return s.append('.').toString();
  }
}
