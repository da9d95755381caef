package verbatim.cli;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.diff.DiffSentence;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.WordEdit;
import verbatim.core.model.Span;

/** A row of a comparison cut into runs of kept, removed and added text, for the text and HTML views. */
final class Segments {
  enum Kind {
    SAME,
    REMOVED,
    ADDED
  }

  record Segment(Kind kind, String text) {}

  private Segments() {}

  /** One line: the first version's sentence with the second's words put in where they replace or add. */
  static List<Segment> inline(SentencePair pair) {
    if (pair.a() == null) {
      return List.of(new Segment(Kind.ADDED, pair.b().text()));
    }
    if (pair.b() == null) {
      return List.of(new Segment(Kind.REMOVED, pair.a().text()));
    }
    DiffSentence a = pair.a();
    DiffSentence b = pair.b();
    List<Segment> out = new ArrayList<>();
    int at = a.span().begin();
    for (WordEdit e : pair.edits()) {
      same(out, a.textOf(new Span(at, e.a().begin())));
      if (e.type() != WordEdit.Type.INSERT) {
        out.add(new Segment(Kind.REMOVED, e.removed()));
      }
      if (e.type() == WordEdit.Type.INSERT && e.a().begin() > a.span().begin()) {
        // put in after a word: the space before it in the second version comes with it
        same(out, spaceBefore(b, e.b()) ? " " : "");
        out.add(new Segment(Kind.ADDED, e.added()));
      } else if (e.type() == WordEdit.Type.INSERT) {
        out.add(new Segment(Kind.ADDED, e.added()));
        same(out, " ");
      } else if (e.type() == WordEdit.Type.REPLACE) {
        out.add(new Segment(Kind.ADDED, e.added()));
      }
      at = e.a().end();
    }
    same(out, a.textOf(new Span(at, a.span().end())));
    return out;
  }

  /** The first version's sentence with its removed words marked; empty for an added sentence. */
  static List<Segment> first(SentencePair pair) {
    return side(pair.a(), pair.edits().stream().map(WordEdit::a).toList(), Kind.REMOVED, pair.b() == null);
  }

  /** The second version's sentence with its added words marked; empty for a removed sentence. */
  static List<Segment> second(SentencePair pair) {
    return side(pair.b(), pair.edits().stream().map(WordEdit::b).toList(), Kind.ADDED, pair.a() == null);
  }

  private static List<Segment> side(DiffSentence s, List<Span> changed, Kind kind, boolean whole) {
    if (s == null) {
      return List.of();
    }
    if (whole) {
      return List.of(new Segment(kind, s.text()));
    }
    List<Segment> out = new ArrayList<>();
    int at = s.span().begin();
    for (Span c : changed) {
      if (c.length() > 0) {
        same(out, s.textOf(new Span(at, c.begin())));
        out.add(new Segment(kind, s.textOf(c)));
        at = c.end();
      }
    }
    same(out, s.textOf(new Span(at, s.span().end())));
    return out;
  }

  private static boolean spaceBefore(DiffSentence s, Span span) {
    return span.begin() > s.span().begin() && Character.isWhitespace(s.text().charAt(span.begin() - s.span().begin() - 1));
  }

  private static void same(List<Segment> out, String text) {
    if (!text.isEmpty()) {
      out.add(new Segment(Kind.SAME, text));
    }
  }
}
