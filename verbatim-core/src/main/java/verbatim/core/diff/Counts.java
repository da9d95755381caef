package verbatim.core.diff;

import java.util.List;

/** How many rows of each status a comparison has. */
public record Counts(int kept, int reworded, int moved, int added, int removed) {
  public Counts {
    if (kept < 0 || reworded < 0 || moved < 0 || added < 0 || removed < 0) {
      throw new IllegalArgumentException("negative count");
    }
  }

  static Counts of(List<SentencePair> rows) {
    int[] n = new int[SentenceStatus.values().length];
    for (SentencePair row : rows) {
      n[row.status().ordinal()]++;
    }
    return new Counts(n[SentenceStatus.KEPT.ordinal()], n[SentenceStatus.REWORDED.ordinal()],
        n[SentenceStatus.MOVED.ordinal()], n[SentenceStatus.ADDED.ordinal()], n[SentenceStatus.REMOVED.ordinal()]);
  }

  /** Whether the two versions say the same sentences in the same order. */
  public boolean unchanged() {
    return reworded == 0 && moved == 0 && added == 0 && removed == 0;
  }
}
