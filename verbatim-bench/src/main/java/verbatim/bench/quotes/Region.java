package verbatim.bench.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import verbatim.core.model.Span;

/**
 * A possibly discontinuous stretch of text: brat's {@code 315 448;463 553}. Fragments are kept in
 * text order; two regions are the same span when their fragments are.
 */
record Region(List<Span> fragments) {
  Region {
    fragments = fragments.stream().sorted(Comparator.comparingInt(Span::begin).thenComparingInt(Span::end)).toList();
    if (fragments.isEmpty()) {
      throw new IllegalArgumentException("a region has at least one fragment");
    }
  }

  static Region of(int begin, int end) {
    return new Region(List.of(new Span(begin, end)));
  }

  static Region of(Span span) {
    return new Region(List.of(span));
  }

  int begin() {
    return fragments.get(0).begin();
  }

  int end() {
    return fragments.get(fragments.size() - 1).end();
  }

  /** Characters covered, counting overlapping fragments once. */
  int length() {
    return overlap(this);
  }

  /** Characters this region and {@code other} both cover. */
  int overlap(Region other) {
    List<Span> a = merged();
    List<Span> b = other.merged();
    int shared = 0;
    for (int i = 0, j = 0; i < a.size() && j < b.size();) {
      shared += Math.max(0, Math.min(a.get(i).end(), b.get(j).end()) - Math.max(a.get(i).begin(), b.get(j).begin()));
      if (a.get(i).end() < b.get(j).end()) {
        i++;
      } else {
        j++;
      }
    }
    return shared;
  }

  /** The fragments as disjoint spans: brat lets the fragments of one span overlap. */
  private List<Span> merged() {
    List<Span> out = new ArrayList<>();
    for (Span f : fragments) {
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && f.begin() <= last.end()) {
        out.set(out.size() - 1, new Span(last.begin(), Math.max(last.end(), f.end())));
      } else {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * The region as it is compared: each fragment trimmed of surrounding whitespace, and fragments
   * that only whitespace separates joined, so that a quote split at a line break in brat equals
   * the same words given as one span. Empty when nothing but whitespace is covered.
   */
  Region normalized(String text) {
    List<Span> out = new ArrayList<>();
    for (Span f : fragments) {
      int b = Math.min(f.begin(), text.length());
      int e = Math.min(f.end(), text.length());
      while (b < e && isSpace(text.charAt(b))) {
        b++;
      }
      while (e > b && isSpace(text.charAt(e - 1))) {
        e--;
      }
      if (b == e) {
        continue;
      }
      Span last = out.isEmpty() ? null : out.get(out.size() - 1);
      if (last != null && b >= last.end() && blank(text, last.end(), b)) {
        out.set(out.size() - 1, new Span(last.begin(), e));
      } else if (last != null && b < last.end()) {
        out.set(out.size() - 1, new Span(last.begin(), Math.max(e, last.end())));
      } else {
        out.add(new Span(b, e));
      }
    }
    return out.isEmpty() ? null : new Region(out);
  }

  /** The covered words, fragments joined by " … ". */
  String text(String document) {
    return fragments.stream().map(f -> document.substring(Math.min(f.begin(), document.length()),
        Math.min(f.end(), document.length()))).collect(Collectors.joining(" … "));
  }

  /** Its brat form, {@code 315 448;463 553}. */
  @Override
  public String toString() {
    return fragments.stream().map(f -> f.begin() + " " + f.end()).collect(Collectors.joining(";"));
  }

  private static boolean blank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  static boolean isSpace(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c);
  }
}
