package verbatim.server;

import static verbatim.server.Html.esc;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.List;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.DiffSentence;
import verbatim.core.diff.Phrase;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.Statement;
import verbatim.core.diff.StatementDiff;
import verbatim.core.diff.WordEdit;
import verbatim.core.model.Span;
import verbatim.index.Corpus;

/** {@code /diff} and {@code /api/diff}: two stored statements compared sentence by sentence, word by word. */
final class DiffPage {
  private final Corpus corpus;

  DiffPage(Corpus corpus) {
    this.corpus = corpus;
  }

  Comparison compare(Context ctx) throws IOException {
    String a = Params.required(ctx, "a");
    String b = Params.required(ctx, "b");
    return new StatementDiff().compare(Statement.of(Api.stored(corpus, a).analysis().document()),
        Statement.of(Api.stored(corpus, b).analysis().document()));
  }

  void api(Context ctx) throws IOException {
    Api.json(ctx, compare(ctx));
  }

  void page(Context ctx) throws IOException {
    if (Params.text(ctx, "a") == null || Params.text(ctx, "b") == null) {
      ctx.html(Html.page("Compare", null, """
          <h1>Compare two statements</h1>
          <form action="/diff" method="get"><label>First (document id) <input name="a" required pattern="[0-9a-f]{16}"></label>
          <label>Second (document id) <input name="b" required pattern="[0-9a-f]{16}"></label> <button>Compare</button></form>
          <p>Document ids are shown on each document's page and in search results.</p>"""));
      return;
    }
    Comparison c = compare(ctx);
    StringBuilder out = new StringBuilder("<div class=\"diff\"><h1>").append(esc(c.a().title())).append(" → ")
        .append(esc(c.b().title())).append("</h1><p class=\"meta\">").append(c.counts().kept()).append(" kept · ")
        .append(c.counts().reworded()).append(" reworded · ").append(c.counts().moved()).append(" moved · ")
        .append(c.counts().added()).append(" added · ").append(c.counts().removed()).append(" removed</p>");
    phrases(out, "Dropped", c.dropped());
    phrases(out, "Added", c.added());
    out.append("<div class=\"columns\"><h2><a href=\"/documents/").append(esc(c.a().id())).append("\">").append(esc(c.a().id()))
        .append("</a></h2><h2><a href=\"/documents/").append(esc(c.b().id())).append("\">").append(esc(c.b().id())).append("</a></h2>");
    for (SentencePair p : c.sentences()) {
      out.append("<div class=\"side ").append(p.status().name().toLowerCase()).append("\">")
          .append(side(p.a(), p, true, c.a().text())).append("</div><div class=\"side ")
          .append(p.status().name().toLowerCase()).append("\"><span class=\"status\">").append(p.status()).append("</span> ")
          .append(side(p.b(), p, false, c.b().text())).append("</div>");
    }
    ctx.html(Html.page("Compare", null, out.append("</div></div>").toString()));
  }

  private static void phrases(StringBuilder out, String title, List<Phrase> phrases) {
    if (phrases.isEmpty()) {
      return;
    }
    out.append("<p class=\"summary\"><strong>").append(title).append(":</strong> ");
    for (int i = 0; i < Math.min(8, phrases.size()); i++) {
      out.append(i == 0 ? "" : ", ").append("‘").append(esc(phrases.get(i).text())).append("’");
    }
    out.append("</p>");
  }

  /** One side of a pair: a removed or added sentence whole, a reworded one with its changed words marked. */
  private static String side(DiffSentence s, SentencePair p, boolean first, String text) {
    if (s == null) {
      return "";
    }
    if (p.edits().isEmpty()) {
      String cls = p.b() == null ? "removed" : p.a() == null ? "added" : "";
      return cls.isEmpty() ? esc(s.text()) : "<span class=\"" + cls + "\">" + esc(s.text()) + "</span>";
    }
    StringBuilder b = new StringBuilder();
    int at = s.span().begin();
    for (WordEdit e : p.edits()) {
      Span changed = first ? e.a() : e.b();
      if (changed == null || changed.begin() < at || changed.end() > s.span().end()) {
        continue;
      }
      b.append(esc(text.substring(at, changed.begin())));
      if (changed.end() > changed.begin()) {
        b.append("<span class=\"").append(first ? "removed" : "added").append("\">")
            .append(esc(text.substring(changed.begin(), changed.end()))).append("</span>");
      }
      at = changed.end();
    }
    return b.append(esc(text.substring(at, s.span().end()))).toString();
  }
}
