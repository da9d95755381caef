package verbatim.core.entities;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/** The titles of {@code titles.txt}, matched ignoring case, longest first. */
final class Titles {
  private static final Titles SHARED = new Titles(Resources.lines("titles.txt"));

  /** Titles as token lists, lower-cased, longest first so "Prime Minister" wins over "Minister". */
  private final List<List<String>> titles;

  private Titles(List<String> lines) {
    titles = lines.stream().map(String::trim)
        .map(t -> List.of(t.toLowerCase(Locale.ROOT).split(" ")))
        .sorted(Comparator.comparingInt((List<String> t) -> t.size()).reversed())
        .toList();
  }

  static Titles shared() {
    return SHARED;
  }

  /** The number of words of the longest title ending just before {@code end} in {@code words}, or 0. */
  int endingAt(List<String> words, int end) {
    for (List<String> title : titles) {
      int start = end - title.size();
      if (start >= 0 && matches(words, start, title)) {
        return title.size();
      }
    }
    return 0;
  }

  /** The number of words of the longest title starting at {@code start} in {@code words}, or 0. */
  int startingAt(List<String> words, int start) {
    for (List<String> title : titles) {
      if (start + title.size() <= words.size() && matches(words, start, title)) {
        return title.size();
      }
    }
    return 0;
  }

  boolean isTitle(String word) {
    return startingAt(List.of(word), 0) == 1;
  }

  private static boolean matches(List<String> words, int start, List<String> title) {
    for (int i = 0; i < title.size(); i++) {
      if (!words.get(start + i).toLowerCase(Locale.ROOT).equals(title.get(i))) {
        return false;
      }
    }
    return true;
  }
}
