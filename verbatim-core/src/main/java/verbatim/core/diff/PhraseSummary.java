package verbatim.core.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.core.extract.Whitespace;
import verbatim.core.model.Span;

/**
 * The phrases one version has and the other has nowhere, for the summary line ("dropped:
 * ‘complete denuclearization’"). Candidates are the runs of changed words: the words taken out of
 * (or put into) a reworded sentence, and every word of a removed (or added) sentence, cut at
 * punctuation. A run is trimmed of function words at its ends; a run of more than
 * {@link #MAX_WORDS} words (a whole removed sentence) is cut into its runs of content words; a run
 * with a single content word takes the content word right after it, or else right before it, so
 * that deleting "complete" from "complete denuclearization" reads as dropping that phrase. A
 * candidate needs {@link #MIN_CONTENT_WORDS} content words and must be absent from the other
 * version anywhere: a phrase moved to another sentence was not dropped.
 *
 * <p>Most significant first: phrases changed inside a reworded sentence (a deliberate change of
 * words) before those of whole removed sentences, then those changed most often, then the longer,
 * then in text order.
 */
final class PhraseSummary {
  static final int MIN_CONTENT_WORDS = 2;
  static final int MAX_WORDS = 6;

  private PhraseSummary() {}

  /**
   * @param changed per sentence of {@code own}, which of its tokens were taken out (or put in)
   * @param reworded per sentence of {@code own}, whether its changes are a rewording rather than the whole sentence
   */
  static List<Phrase> of(String text, List<SentenceView> own, List<BitSet> changed, boolean[] reworded,
      List<SentenceView> other) {
    Occurrences elsewhere = new Occurrences(other);
    Map<String, Found> found = new LinkedHashMap<>();
    for (int s = 0; s < own.size(); s++) {
      SentenceView view = own.get(s);
      BitSet marks = changed.get(s);
      int i = 0;
      while (i < view.size()) {
        if (!marks.get(i) || !view.isWord(i)) {
          i++;
          continue;
        }
        int start = i;
        while (i < view.size() && marks.get(i) && view.isWord(i)) {
          i++;
        }
        for (int[] range : candidates(view, start, i)) {
          List<String> words = view.normalized.subList(range[0], range[1]);
          if (!elsewhere.contains(words)) {
            Span span = new Span(view.tokens.get(range[0]).begin(), view.tokens.get(range[1] - 1).end());
            found.computeIfAbsent(String.join(" ", words),
                k -> new Found(Whitespace.normalize(span.of(text)), k, reworded[view.sentence.index()], found.size(),
                    contentWords(view, range)))
                .spans.add(span);
          }
        }
      }
    }
    return found.values().stream()
        .sorted(Comparator.comparing((Found f) -> !f.reworded)
            .thenComparing(Comparator.comparingInt((Found f) -> f.spans.size()).reversed())
            .thenComparing(Comparator.comparingInt((Found f) -> f.contentWords).reversed())
            .thenComparingInt(f -> f.order))
        .map(f -> new Phrase(f.text, f.normalized, f.spans))
        .toList();
  }

  /** The phrase ranges a run of changed words {@code [start, end)} gives. */
  private static List<int[]> candidates(SentenceView view, int start, int end) {
    while (start < end && !view.content[start]) {
      start++;
    }
    while (end > start && !view.content[end - 1]) {
      end--;
    }
    int content = contentWords(view, new int[] {start, end});
    if (content >= MIN_CONTENT_WORDS) {
      return end - start <= MAX_WORDS ? List.<int[]>of(new int[] {start, end}) : contentRuns(view, start, end);
    }
    if (content == 1) {
      if (end < view.size() && view.content[end]) {
        return List.<int[]>of(new int[] {start, end + 1});
      }
      if (start > 0 && view.content[start - 1]) {
        return List.<int[]>of(new int[] {start - 1, end});
      }
    }
    return List.of();
  }

  /** The runs of consecutive content words in {@code [start, end)} long enough to be a phrase. */
  private static List<int[]> contentRuns(SentenceView view, int start, int end) {
    List<int[]> runs = new ArrayList<>();
    int i = start;
    while (i < end) {
      int from = i;
      while (i < end && view.content[i]) {
        i++;
      }
      if (i - from >= MIN_CONTENT_WORDS) {
        runs.add(new int[] {from, Math.min(i, from + MAX_WORDS)});
      }
      i = Math.max(i, from + 1);
    }
    return runs;
  }

  private static int contentWords(SentenceView view, int[] range) {
    int n = 0;
    for (int i = range[0]; i < range[1]; i++) {
      n += view.content[i] ? 1 : 0;
    }
    return n;
  }

  private static final class Found {
    final String text;
    final String normalized;
    final boolean reworded;
    final int order;
    final int contentWords;
    final List<Span> spans = new ArrayList<>();

    Found(String text, String normalized, boolean reworded, int order, int contentWords) {
      this.text = text;
      this.normalized = normalized;
      this.reworded = reworded;
      this.order = order;
      this.contentWords = contentWords;
    }
  }

  /** Where each normalised token stands in a version, to tell whether a phrase is in it anywhere. */
  private static final class Occurrences {
    private final List<SentenceView> sentences;
    private final Map<String, List<int[]>> at = new HashMap<>();

    Occurrences(List<SentenceView> sentences) {
      this.sentences = sentences;
      for (int s = 0; s < sentences.size(); s++) {
        List<String> tokens = sentences.get(s).normalized;
        for (int i = 0; i < tokens.size(); i++) {
          at.computeIfAbsent(tokens.get(i), k -> new ArrayList<>()).add(new int[] {s, i});
        }
      }
    }

    boolean contains(List<String> phrase) {
      for (int[] p : at.getOrDefault(phrase.get(0), List.of())) {
        List<String> tokens = sentences.get(p[0]).normalized;
        if (p[1] + phrase.size() <= tokens.size() && tokens.subList(p[1], p[1] + phrase.size()).equals(phrase)) {
          return true;
        }
      }
      return false;
    }
  }
}
