package verbatim.server;

import static verbatim.server.Html.esc;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import verbatim.index.Corpus;
import verbatim.index.FacetCount;
import verbatim.index.Granularity;
import verbatim.index.PeriodCount;
import verbatim.index.PhraseRequest;
import verbatim.index.PhraseResult;
import verbatim.index.PhraseUse;
import verbatim.index.PhraseVariant;

/** {@code /phrase} and {@code /api/phrase}: first use, earlier uses, timeline and variants of a phrase. */
final class PhrasePage {
  private final Corpus corpus;

  PhrasePage(Corpus corpus) {
    this.corpus = corpus;
  }

  private PhraseResult run(Context ctx) throws IOException {
    String by = Params.text(ctx, "by");
    Granularity granularity;
    try {
      granularity = by == null ? Granularity.MONTH : Granularity.valueOf(by.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiProblem.badRequest("'by' is one of week, month, year; was " + by);
    }
    PhraseRequest r = new PhraseRequest(Params.required(ctx, "q"), Params.date(ctx, "since"), Params.date(ctx, "until"),
        Params.all(ctx, "kind"), Params.all(ctx, "issuer"), Params.all(ctx, "speaker"), Params.all(ctx, "source"),
        "true".equals(Params.text(ctx, "exact")), granularity, Params.page(ctx));
    return corpus.phrase(r);
  }

  void api(Context ctx) throws IOException {
    Api.json(ctx, run(ctx));
  }

  void page(Context ctx) throws IOException {
    String q = Params.text(ctx, "q");
    StringBuilder b = new StringBuilder("<h1>When was it first said?</h1><form action=\"/phrase\" method=\"get\" class=\"phrase-form\">")
        .append("<label>Phrase <input name=\"q\" required value=\"").append(esc(q == null ? "" : q)).append("\"></label> ")
        .append("<label>Since <input name=\"since\" type=\"date\" value=\"").append(esc(Params.text(ctx, "since"))).append("\"></label> ")
        .append("<label>Kind <input name=\"kind\" placeholder=\"STATEMENT\" value=\"")
        .append(esc(String.join(",", Params.all(ctx, "kind")))).append("\"></label> ")
        .append("<label>Issuer <input name=\"issuer\" value=\"").append(esc(String.join(",", Params.all(ctx, "issuer"))))
        .append("\"></label> <button>Find</button></form>");
    if (q == null) {
      ctx.html(Html.page("Phrase", null, b.toString()));
      return;
    }
    PhraseResult r = run(ctx);
    b.append("<section class=\"first\"><h2>First use").append(Params.text(ctx, "since") == null ? "" : " since " + esc(Params.text(ctx, "since")))
        .append("</h2>");
    if (r.first() == null) {
      b.append("<p>Not used").append(Params.text(ctx, "since") == null ? "" : " since then").append(".</p>");
    } else {
      b.append(use(r.first()));
    }
    b.append("</section><h2>Over time</h2>");
    Map<String, Integer> series = new LinkedHashMap<>();
    for (PeriodCount p : r.timeline()) {
      series.put(p.period(), (int) p.count());
    }
    b.append(Pages.chart("phrase-chart", series));
    b.append("<h2>Earlier uses (").append(r.earlierTotal()).append(")</h2><ol class=\"uses\">");
    r.earlier().forEach(u -> b.append("<li>").append(use(u)).append("</li>"));
    b.append("</ol><h2>All uses from then on (").append(r.total()).append(")</h2><ol class=\"uses\">");
    r.uses().forEach(u -> b.append("<li>").append(use(u)).append("</li>"));
    b.append("</ol><h2>Variants looked for</h2><ul class=\"variants\">");
    for (PhraseVariant v : r.variants()) {
      b.append("<li>‘").append(esc(v.text())).append("’ <span class=\"meta\">").append(esc(String.valueOf(v.kind())))
          .append("</span></li>");
    }
    b.append("</ul>");
    counts(b, "By source", r.bySource());
    counts(b, "By issuer", r.byIssuer());
    counts(b, "By speaker", r.bySpeaker());
    ctx.html(Html.page(q, null, b.toString()));
  }

  private static void counts(StringBuilder b, String title, List<FacetCount> counts) {
    if (counts.isEmpty()) {
      return;
    }
    b.append("<h3>").append(title).append("</h3><p>");
    for (int i = 0; i < counts.size(); i++) {
      b.append(i == 0 ? "" : " · ").append(esc(counts.get(i).value())).append(' ').append(counts.get(i).count());
    }
    b.append("</p>");
  }

  /** One use: date, who, which document, and the sentence with the match marked. */
  private static String use(PhraseUse u) {
    StringBuilder b = new StringBuilder("<div class=\"use\"><p class=\"meta\">").append(esc(Pages.day(u.published()))).append(" · ")
        .append(esc(u.issuer() != null ? u.issuer() : u.source())).append(" · ").append(u.kind()).append(" · <a href=\"/documents/")
        .append(esc(u.id())).append("\">").append(esc(u.title())).append("</a>");
    if (!u.exact()) {
      b.append(" · variant ‘").append(esc(u.variant())).append("’ (").append(esc(String.valueOf(u.variantKind()))).append(")");
    }
    b.append("</p><blockquote>");
    String s = u.sentence();
    if (s != null && u.match() != null && u.sentenceSpan() != null) {
      int begin = u.match().begin() - u.sentenceSpan().begin();
      int end = u.match().end() - u.sentenceSpan().begin();
      if (begin >= 0 && end <= s.length() && begin <= end) {
        b.append(esc(s.substring(0, begin))).append("<mark>").append(esc(s.substring(begin, end))).append("</mark>")
            .append(esc(s.substring(end)));
      } else {
        b.append(esc(s));
      }
    } else {
      b.append(esc(s));
    }
    return b.append("</blockquote></div>").toString();
  }
}
