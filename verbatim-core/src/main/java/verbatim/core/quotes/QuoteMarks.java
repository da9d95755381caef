package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;

/**
 * Pairs quotation marks the way a reader does. Curly, straight, guillemets and corner brackets;
 * a quote opened with one double mark may close with another (“…" and "…” are common in pages
 * typed by hand); a single closing mark that is really an apostrophe (Korea’s, the U.S.’ position)
 * is told apart; a quote that runs over paragraphs (no closing mark, the next paragraph opens
 * again) is one quote; a mark never closed is closed at the end of its paragraph or of the quote
 * around it, so it never swallows the rest of the document. Linear in the text.
 */
final class QuoteMarks {
  private static final String DOUBLE_OPEN = "“„«「『";
  private static final String DOUBLE_CLOSE = "”»」』";
  private static final char STRAIGHT_DOUBLE = '"';
  private static final String SINGLE_OPEN = "‘‹";
  private static final String SINGLE_CLOSE = "’›";
  private static final char STRAIGHT_SINGLE = '\'';

  private QuoteMarks() {}

  static List<Quoted> find(String text, List<Span> paragraphs) {
    Scan scan = new Scan(text);
    for (int p = 0; p < paragraphs.size(); p++) {
      Span paragraph = paragraphs.get(p);
      for (int i = paragraph.begin(); i < paragraph.end(); i++) {
        scan.at(i, paragraph);
      }
      boolean nextOpensAgain = p + 1 < paragraphs.size() && opensWithDoubleMark(text, paragraphs.get(p + 1));
      scan.endParagraph(paragraph, nextOpensAgain);
    }
    scan.endText();
    List<Quoted> found = scan.found;
    found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
    return found;
  }

  private static boolean opensWithDoubleMark(String text, Span paragraph) {
    int i = paragraph.begin();
    while (i < paragraph.end() && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    if (i + 1 < paragraph.end() && text.startsWith("''", i) || text.startsWith("``", i)) {
      return true;
    }
    return i < paragraph.end() && (DOUBLE_OPEN.indexOf(text.charAt(i)) >= 0 || text.charAt(i) == STRAIGHT_DOUBLE);
  }

  /** The state of one pass over the text. */
  private static final class Scan {
    private final String text;
    private final List<Open> stack = new ArrayList<>();
    final List<Quoted> found = new ArrayList<>();
    /** A top-level double quote left open at a paragraph end, waiting for the next paragraph's opening mark. */
    private Open continuing;

    Scan(String text) {
      this.text = text;
    }

    /** The second character of a two-character mark ('' or ``), already read. */
    private int skip = -1;

    void at(int i, Span paragraph) {
      if (i == skip) {
        return;
      }
      char c = text.charAt(i);
      if ((c == STRAIGHT_SINGLE || c == '`') && i + 1 < paragraph.end() && text.charAt(i + 1) == c) {
        // '' and `` stand for double marks in typewriter-style copy (PTB-era wires, some newspapers)
        skip = i + 1;
        if (c == '`' || opens(i, paragraph) && i + 2 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 2))) {
          openDouble(i);
        } else {
          closeDouble(i + 1);
        }
        return;
      }
      if (DOUBLE_OPEN.indexOf(c) >= 0 || (c == STRAIGHT_DOUBLE && opens(i, paragraph))) {
        openDouble(i);
      } else if (DOUBLE_CLOSE.indexOf(c) >= 0 && lastIndex(false) < 0 && opens(i, paragraph) && letterAfter(i)) {
        openDouble(i); // ”Fear. I am truly afraid …”: a closing mark typed where the opening one belongs
      } else if (DOUBLE_CLOSE.indexOf(c) >= 0 || c == STRAIGHT_DOUBLE) {
        closeDouble(i);
      } else if (SINGLE_OPEN.indexOf(c) >= 0 || (c == STRAIGHT_SINGLE && opens(i, paragraph) && letterAfter(i))) {
        stack.add(new Open(i, true, stack.size()));
      } else if ((SINGLE_CLOSE.indexOf(c) >= 0 || c == STRAIGHT_SINGLE) && !letterAfter(i)) {
        closeSingle(i);
      }
    }

    private void openDouble(int i) {
      if (continuing != null && stack.isEmpty()) {
        continuing.segmentStarts.add(i);
        stack.add(continuing);
        continuing = null;
      } else {
        stack.add(new Open(i, false, stack.size()));
      }
    }

    private boolean opens(int i, Span paragraph) {
      boolean before = i == paragraph.begin() || Character.isWhitespace(text.charAt(i - 1))
          || "([{—–-/:".indexOf(text.charAt(i - 1)) >= 0 || DOUBLE_OPEN.indexOf(text.charAt(i - 1)) >= 0;
      boolean after = i + 1 < paragraph.end() && !Character.isWhitespace(text.charAt(i + 1));
      return before && after;
    }

    private boolean letterAfter(int i) {
      return i + 1 < text.length() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private void closeDouble(int i) {
      int open = lastIndex(false);
      if (open < 0) {
        return; // a stray closing mark: nothing to close
      }
      closeAbove(open, i);
      emit(stack.remove(open), i + 1, true);
    }

    private void closeSingle(int i) {
      int open = lastIndex(true);
      if (open < 0 || lastIndex(false) > open) {
        return; // an apostrophe, or a single mark that cannot close across a double quote
      }
      closeAbove(open, i);
      emit(stack.remove(open), i + 1, true);
    }

    /** Quotes opened inside the one closing at {@code i} and never closed end there. */
    private void closeAbove(int index, int i) {
      while (stack.size() > index + 1) {
        emit(stack.remove(stack.size() - 1), i, false);
      }
    }

    private int lastIndex(boolean single) {
      for (int k = stack.size() - 1; k >= 0; k--) {
        if (stack.get(k).single == single) {
          return k;
        }
      }
      return -1;
    }

    void endParagraph(Span paragraph, boolean nextOpensAgain) {
      int end = trimEnd(paragraph);
      if (nextOpensAgain && stack.size() == 1 && !stack.get(0).single) {
        Open open = stack.remove(0);
        open.segmentEnds.add(end);
        continuing = open;
        return;
      }
      while (!stack.isEmpty()) {
        emit(stack.remove(stack.size() - 1), end, false);
      }
    }

    void endText() {
      if (continuing != null) {
        emitSegments(continuing, false);
        continuing = null;
      }
    }

    private int trimEnd(Span paragraph) {
      int end = paragraph.end();
      while (end > paragraph.begin() && Character.isWhitespace(text.charAt(end - 1))) {
        end--;
      }
      return end;
    }

    private void emit(Open open, int end, boolean closed) {
      open.segmentEnds.add(end);
      emitSegments(open, closed);
    }

    private void emitSegments(Open open, boolean closed) {
      List<Span> outer = new ArrayList<>();
      List<Span> inner = new ArrayList<>();
      for (int k = 0; k < open.segmentStarts.size(); k++) {
        int b = open.segmentStarts.get(k);
        int e = open.segmentEnds.get(k);
        boolean lastClosed = closed && k == open.segmentStarts.size() - 1;
        outer.add(new Span(b, e));
        inner.add(new Span(Math.min(b + 1, e), Math.max(Math.min(b + 1, e), lastClosed ? e - 1 : e)));
      }
      found.add(new Quoted(outer, inner, open.single, open.depth, closed));
    }
  }

  /** An opening mark waiting for its closing one. */
  private static final class Open {
    final boolean single;
    final int depth;
    final List<Integer> segmentStarts = new ArrayList<>();
    final List<Integer> segmentEnds = new ArrayList<>();

    Open(int at, boolean single, int depth) {
      this.single = single;
      this.depth = depth;
      segmentStarts.add(at);
    }
  }
}
