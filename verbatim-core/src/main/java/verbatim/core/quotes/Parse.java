package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/** A sentence's dependency tree, read downwards: children and the span of a subtree. */
final class Parse {
  private final Sentence sentence;
  private final List<List<Integer>> children;

  Parse(Sentence sentence) {
    this.sentence = sentence;
    int n = sentence.tokens().size();
    children = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      children.add(new ArrayList<>());
    }
    for (int i = 0; i < n; i++) {
      int head = sentence.tokens().get(i).head();
      if (head >= 0 && head < n) {
        children.get(head).add(i);
      }
    }
  }

  boolean parsed() {
    return !sentence.tokens().isEmpty() && sentence.tokens().get(0).parsed();
  }

  int size() {
    return sentence.tokens().size();
  }

  Token token(int i) {
    return sentence.tokens().get(i);
  }

  String relation(int i) {
    String r = token(i).relation();
    return r == null ? "" : r;
  }

  int head(int i) {
    return token(i).head();
  }

  List<Integer> children(int i) {
    return children.get(i);
  }

  /** The first child of {@code i} whose relation is one of {@code relations}, or -1. */
  int child(int i, String... relations) {
    for (int c : children.get(i)) {
      for (String r : relations) {
        if (relation(c).equals(r)) {
          return c;
        }
      }
    }
    return -1;
  }

  /** The first child of {@code i} after it with relation {@code relation}, or -1: a verb's object follows it. */
  int childAfter(int i, String relation) {
    for (int c : children.get(i)) {
      if (c > i && relation(c).equals(relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The tokens of the subtree under {@code i}, in order: the lowest and highest index. */
  int[] subtree(int i) {
    int[] range = {i, i};
    List<Integer> todo = new ArrayList<>(List.of(i));
    // iterative: a 50,000-token sentence must not overflow the stack
    while (!todo.isEmpty()) {
      int t = todo.remove(todo.size() - 1);
      range[0] = Math.min(range[0], t);
      range[1] = Math.max(range[1], t);
      todo.addAll(children.get(t));
    }
    return range;
  }

  /** The characters from token {@code first} to token {@code last}, both included. */
  Span span(int first, int last) {
    return new Span(token(first).begin(), token(last).end());
  }

  Sentence sentence() {
    return sentence;
  }
}
