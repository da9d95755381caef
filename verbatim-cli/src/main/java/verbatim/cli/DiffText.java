package verbatim.cli;

import java.io.PrintStream;
import java.util.List;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.Counts;
import verbatim.core.diff.Phrase;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.SentenceStatus;
import verbatim.core.diff.Statement;

/**
 * A comparison for a person reading a terminal: one line per sentence, marked {@code =} kept,
 * {@code ~} reworded, {@code >} moved, {@code +} added, {@code -} removed. On a terminal removed
 * words are struck through in red, added words green and kept words dim; elsewhere the words are
 * marked {@code [-removed-]} and {@code {+added+}}, as wdiff does, and no escape codes are written.
 */
final class DiffText {
  private static final int PHRASES_SHOWN = 8;
  private static final String RESET = "\033[0m";
  private static final String DIM = "\033[2m";
  private static final String STRUCK_RED = "\033[9;31m";
  private static final String RED = "\033[31m";
  private static final String GREEN = "\033[32m";
  private static final String BOLD = "\033[1m";

  private final PrintStream out;
  private final boolean colour;

  DiffText(PrintStream out, boolean colour) {
    this.out = out;
    this.colour = colour;
  }

  void print(Comparison c) {
    out.println(style(BOLD, "A") + "  " + describe(c.a()));
    out.println(style(BOLD, "B") + "  " + describe(c.b()));
    out.println(counts(c.counts()));
    phrases("dropped", c.dropped(), RED);
    phrases("added", c.added(), GREEN);
    out.println();
    for (SentencePair row : c.sentences()) {
      out.println(marker(row.status()) + " " + line(row) + note(row));
    }
  }

  private static String describe(Statement s) {
    String title = s.title() == null ? "" : "  “" + Printer.cut(s.title(), 80) + "”";
    return s.input().equals(s.id()) ? s.id() + title : s.input() + "  (id " + s.id() + ")" + title;
  }

  static String counts(Counts c) {
    return c.kept() + " kept, " + c.reworded() + " reworded, " + c.moved() + " moved, " + c.added() + " added, "
        + c.removed() + " removed";
  }

  private void phrases(String label, List<Phrase> phrases, String style) {
    if (phrases.isEmpty()) {
      return;
    }
    StringBuilder line = new StringBuilder(label).append(": ");
    for (int i = 0; i < Math.min(PHRASES_SHOWN, phrases.size()); i++) {
      line.append(i == 0 ? "" : ", ").append('‘').append(style(style, phrases.get(i).text())).append('’');
    }
    if (phrases.size() > PHRASES_SHOWN) {
      line.append(" and ").append(phrases.size() - PHRASES_SHOWN).append(" more");
    }
    out.println(line);
  }

  private String line(SentencePair row) {
    if (row.a() == null) {
      return oneLine(style(GREEN, row.b().text()));
    }
    if (row.b() == null) {
      return oneLine(style(RED, row.a().text()));
    }
    StringBuilder s = new StringBuilder();
    for (Segments.Segment segment : Segments.inline(row)) {
      s.append(switch (segment.kind()) {
        case SAME -> style(DIM, segment.text());
        case REMOVED -> colour ? style(STRUCK_RED, segment.text()) : "[-" + segment.text() + "-]";
        case ADDED -> colour ? style(GREEN, segment.text()) : "{+" + segment.text() + "+}";
      });
    }
    return oneLine(s.toString());
  }

  /** A sentence of a hard-wrapped paragraph on one line. */
  private static String oneLine(String s) {
    return s.replaceAll("\\s*\\R\\s*", " ");
  }

  private static String note(SentencePair row) {
    if (row.status() != SentenceStatus.MOVED) {
      return "";
    }
    return "  (moved: sentence " + (row.a().index() + 1) + " of A, " + (row.b().index() + 1) + " of B)";
  }

  private static char marker(SentenceStatus status) {
    switch (status) {
      case KEPT: return '=';
      case REWORDED: return '~';
      case MOVED: return '>';
      case ADDED: return '+';
      case REMOVED: return '-';
      default: throw new AssertionError(status);
    }
  }

  private String style(String code, String text) {
    return colour ? code + text + RESET : text;
  }
}
