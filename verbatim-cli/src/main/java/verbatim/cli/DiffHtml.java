package verbatim.cli;

import java.util.List;
import java.util.Locale;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.Phrase;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.SentenceStatus;
import verbatim.core.diff.Statement;
import verbatim.core.model.Span;

/**
 * A comparison as one self-contained HTML page to share: the two versions side by side, a row per
 * sentence, removed words struck in the left column and added words in the right, with the
 * summary above. Styles are inline and nothing is loaded from elsewhere, so the file reads the
 * same offline, attached to an e-mail or archived; all text is escaped.
 */
final class DiffHtml {
  private static final String STYLE = """
      body{font:15px/1.5 Georgia,"Noto Serif",serif;margin:2em auto;max-width:72em;padding:0 1em;color:#222}
      h1{font-size:1.4em;margin:0 0 .3em}
      .who{font:13px/1.4 system-ui,sans-serif;color:#555;margin:0}
      .counts,.phrases{font:14px/1.5 system-ui,sans-serif;margin:.4em 0}
      .phrases .d{color:#a00}.phrases .a{color:#070}
      table{border-collapse:collapse;width:100%;margin-top:1em;table-layout:fixed}
      th{font:13px system-ui,sans-serif;text-align:left;color:#555;border-bottom:2px solid #ccc;padding:.3em}
      td{vertical-align:top;padding:.35em .5em;border-bottom:1px solid #eee}
      .status{width:7em}td.status{font:12px system-ui,sans-serif;color:#666}
      tr.kept td.text{color:#777}
      tr.removed td.first{background:#fdecec}tr.added td.second{background:#eaf7ea}
      tr.moved td.status{color:#a60}
      del{background:#f9d0d0;color:#900;text-decoration:line-through}
      ins{background:#cdeccd;color:#060;text-decoration:none}
      """;

  private DiffHtml() {}

  static String page(Comparison c) {
    StringBuilder h = new StringBuilder(8192 + 4 * (c.a().text().length() + c.b().text().length()));
    h.append("<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(escape("verbatim diff: " + name(c.a()) + " → " + name(c.b()))).append("</title>\n")
        .append("<style>\n").append(STYLE).append("</style>\n</head>\n<body>\n")
        .append("<h1>What changed between two statements</h1>\n");
    who(h, "A", c.a());
    who(h, "B", c.b());
    h.append("<p class=\"counts\">").append(escape(DiffText.counts(c.counts()))).append("</p>\n");
    phrases(h, "dropped", "d", c.dropped());
    phrases(h, "added", "a", c.added());
    h.append("<table>\n<thead><tr><th class=\"status\"></th><th>A</th><th>B</th></tr></thead>\n<tbody>\n");
    for (SentencePair row : c.sentences()) {
      row(h, row);
    }
    return h.append("</tbody>\n</table>\n</body>\n</html>\n").toString();
  }

  private static void who(StringBuilder h, String label, Statement s) {
    h.append("<p class=\"who\"><b>").append(label).append("</b> ").append(escape(name(s)));
    if (!name(s).equals(s.input())) {
      h.append(" · ").append(escape(s.input()));
    }
    if (!s.input().equals(s.id())) {
      h.append(" · id ").append(escape(s.id()));
    }
    h.append("</p>\n");
  }

  private static String name(Statement s) {
    return s.title() != null && !s.title().isBlank() ? s.title() : s.input();
  }

  private static void phrases(StringBuilder h, String label, String css, List<Phrase> phrases) {
    if (phrases.isEmpty()) {
      return;
    }
    h.append("<p class=\"phrases\">").append(label).append(": ");
    for (int i = 0; i < phrases.size(); i++) {
      h.append(i == 0 ? "" : ", ").append("<span class=\"").append(css).append("\">‘")
          .append(escape(phrases.get(i).text())).append("’</span>");
    }
    h.append("</p>\n");
  }

  private static void row(StringBuilder h, SentencePair row) {
    String status = row.status().name().toLowerCase(Locale.ROOT);
    h.append("<tr class=\"").append(status).append("\"><td class=\"status\">").append(status);
    if (row.status() == SentenceStatus.MOVED) {
      h.append(" from ").append(row.a().index() + 1).append(row.reworded() ? ", reworded" : "");
    }
    h.append("</td>");
    cell(h, "first", Segments.first(row), row.a() == null ? null : row.a().span());
    cell(h, "second", Segments.second(row), row.b() == null ? null : row.b().span());
    h.append("</tr>\n");
  }

  private static void cell(StringBuilder h, String css, List<Segments.Segment> segments, Span span) {
    h.append("<td class=\"text ").append(css).append('"');
    if (span != null) {
      h.append(" data-begin=\"").append(span.begin()).append("\" data-end=\"").append(span.end()).append('"');
    }
    h.append('>');
    for (Segments.Segment s : segments) {
      switch (s.kind()) {
        case SAME -> h.append(escape(s.text()));
        case REMOVED -> h.append("<del>").append(escape(s.text())).append("</del>");
        case ADDED -> h.append("<ins>").append(escape(s.text())).append("</ins>");
        default -> throw new AssertionError(s.kind());
      }
    }
    h.append("</td>");
  }

  static String escape(String s) {
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }
}
