package verbatim.server;

import static verbatim.server.Html.esc;
import static verbatim.server.Html.segment;
import static verbatim.server.Html.url;

import io.javalin.http.Context;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.index.Corpus;
import verbatim.index.Facet;
import verbatim.index.FacetCount;
import verbatim.index.Order;
import verbatim.index.Page;
import verbatim.index.Person;
import verbatim.index.QuoteHit;
import verbatim.index.QuoteQuery;
import verbatim.index.QuoteResult;
import verbatim.index.Remark;
import verbatim.index.RemarkQuery;
import verbatim.index.RemarkResult;
import verbatim.index.SearchHit;
import verbatim.index.SearchQuery;
import verbatim.index.SearchResult;
import verbatim.index.Snippet;
import verbatim.index.StoredAnalysis;

/** The web page: server-rendered HTML over the same queries as the API; htmx swaps results in place. */
final class Pages {
  private final Corpus corpus;

  Pages(Corpus corpus) {
    this.corpus = corpus;
  }

  /** {@code /}: search with facets and highlighted snippets; the newest documents when there is no query. */
  void search(Context ctx) throws IOException {
    String q = Params.text(ctx, "q");
    List<String> sources = Params.all(ctx, "source");
    List<String> kinds = Params.all(ctx, "kind");
    List<String> speakers = Params.all(ctx, "speaker");
    List<String> entities = Params.all(ctx, "entity");
    SearchQuery query = new SearchQuery(q, Params.date(ctx, "from"), Params.date(ctx, "to"), sources, kinds,
        Params.all(ctx, "lang"), speakers, entities, q == null ? Order.NEWEST : Params.order(ctx), Params.page(ctx));
    SearchResult result = corpus.search(query);
    StringBuilder b = new StringBuilder();
    b.append("<div class=\"layout\"><section class=\"results\" aria-label=\"Results\">");
    b.append("<p class=\"count\">").append(result.total()).append(q == null ? " documents, newest first" : " documents")
        .append("</p><ol class=\"hits\">");
    for (SearchHit h : result.hits()) {
      b.append("<li class=\"hit\"><a class=\"title\" href=\"/documents/").append(h.id()).append("\">")
          .append(esc(h.title() == null || h.title().isBlank() ? "(no title)" : h.title())).append("</a>")
          .append("<div class=\"meta\">").append(esc(day(h.published()))).append(" · ").append(esc(h.source()))
          .append(" · ").append(h.kind()).append(h.version() > 1 ? " · version " + h.version() : "").append("</div>");
      for (Snippet s : h.snippets()) {
        b.append("<p class=\"snippet\">…").append(marked(s)).append("…</p>");
      }
      b.append("</li>");
    }
    b.append("</ol>").append(pager(ctx, result.total())).append("</section>");
    b.append("<aside class=\"facets\" aria-label=\"Refine\">");
    for (Facet f : result.facets()) {
      if (f.counts().isEmpty()) {
        continue;
      }
      b.append("<h2>").append(esc(f.dimension())).append("</h2><ul>");
      String param = switch (f.dimension()) {
        case "language" -> "lang";
        case "month" -> null;
        default -> f.dimension();
      };
      for (FacetCount c : f.counts().subList(0, Math.min(10, f.counts().size()))) {
        b.append("<li>");
        if (param != null) {
          b.append("<a href=\"").append(withParam(ctx, param, c.value())).append("\">").append(esc(c.value())).append("</a>");
        } else {
          b.append(esc(c.value()));
        }
        b.append(" <span class=\"n\">").append(c.count()).append("</span></li>");
      }
      b.append("</ul>");
    }
    b.append("</aside></div>");
    ctx.html(Html.page(q == null ? "Archive" : q, q, b.toString()));
  }

  /** {@code /documents/{id}}: the text with its quotes and people marked; each quote links to its speaker. */
  void document(Context ctx) throws IOException {
    StoredAnalysis stored = Api.stored(corpus, ctx.pathParam("id"));
    Analysis analysis = stored.analysis();
    Article a = analysis.document().article();
    StringBuilder b = new StringBuilder();
    b.append("<article class=\"document\"><h1>").append(esc(a.title())).append("</h1><p class=\"meta\">")
        .append(esc(a.published() == null ? "no date" : a.published().iso())).append(" · ")
        .append(esc(analysis.document().source())).append(" · ").append(stored.ingestion().kind());
    if (stored.ingestion().issuer() != null) {
      b.append(" · issued by ").append(esc(stored.ingestion().issuer()));
    }
    if (a.url() != null) {
      b.append(" · <a href=\"").append(esc(a.url())).append("\" rel=\"noopener nofollow\">original</a>");
    }
    if (stored.ingestion().previousVersion() != null) {
      b.append(" · <a href=\"/diff?a=").append(esc(stored.ingestion().previousVersion())).append("&amp;b=")
          .append(stored.id()).append("\">changes since the previous version</a>");
    }
    b.append(" · id <code>").append(stored.id()).append("</code></p>");
    b.append(text(analysis));
    b.append("</article><aside class=\"extracted\"><h2>Quotes</h2><ol class=\"quotes\">");
    for (Quote q : analysis.quotes()) {
      if (q.kind() == QuoteKind.TERM) {
        continue;
      }
      String who = speakerName(q.speaker(), analysis);
      b.append("<li class=\"quote\"><a class=\"speaker\" href=\"/people/").append(segment(who)).append("\">").append(esc(who))
          .append("</a> ").append(q.cue() == null ? "" : "<span class=\"cue\">" + esc(q.cue().text()) + "</span> ")
          .append("<a class=\"to-text\" href=\"#").append(q.id()).append("\">")
          .append(q.kind() == QuoteKind.INDIRECT ? esc(q.text()) : "“" + esc(q.text()) + "”").append("</a></li>");
    }
    b.append("</ol><h2>People</h2><ul class=\"people\">");
    for (Entity e : analysis.entities()) {
      if (e.type() == EntityType.PERSON) {
        b.append("<li><a href=\"/people/").append(segment(e.name())).append("\">").append(esc(e.name())).append("</a>");
        if (!e.roles().isEmpty()) {
          b.append(" <span class=\"role\">").append(esc(e.roles().get(0).display())).append("</span>");
        }
        b.append("</li>");
      }
    }
    b.append("</ul></aside>");
    ctx.html(Html.page(a.title() == null ? "Document" : a.title(), null, b.toString()));
  }

  /** The body with quote parts as marks (anchored by quote id) and people's mentions as links. */
  private static String text(Analysis analysis) {
    String text = analysis.document().article().text();
    TreeMap<Integer, String[]> marks = new TreeMap<>(); // begin -> {end, open tag, close tag}
    for (Quote q : analysis.quotes()) {
      if (q.kind() == QuoteKind.TERM) {
        continue;
      }
      boolean first = true;
      for (Span p : q.parts()) {
        String open = "<mark class=\"quote\"" + (first ? " id=\"" + q.id() + "\"" : "") + " title=\""
            + esc(speakerName(q.speaker(), analysis)) + "\">";
        put(marks, p, open, "</mark>");
        first = false;
      }
    }
    for (Entity e : analysis.entities()) {
      if (e.type() != EntityType.PERSON) {
        continue;
      }
      for (Mention m : e.mentions()) {
        put(marks, m.span(), "<a class=\"person\" href=\"/people/" + segment(e.name()) + "\">", "</a>");
      }
    }
    StringBuilder b = new StringBuilder("<div class=\"text\">");
    for (Span para : analysis.document().article().paragraphs()) {
      b.append("<p>");
      int at = para.begin();
      for (Map.Entry<Integer, String[]> m : marks.subMap(para.begin(), para.end()).entrySet()) {
        int begin = m.getKey();
        int end = Integer.parseInt(m.getValue()[0]);
        if (begin < at || end > para.end()) {
          continue; // overlaps a mark already written, or runs past the paragraph
        }
        b.append(esc(text.substring(at, begin))).append(m.getValue()[1]).append(esc(text.substring(begin, end)))
            .append(m.getValue()[2]);
        at = end;
      }
      b.append(esc(text.substring(at, para.end()))).append("</p>");
    }
    return b.append("</div>").toString();
  }

  private static void put(TreeMap<Integer, String[]> marks, Span s, String open, String close) {
    // quotes first and widest: a mention inside a quote stays plain text
    for (Map.Entry<Integer, String[]> m : marks.entrySet()) {
      int b = m.getKey();
      int e = Integer.parseInt(m.getValue()[0]);
      if (s.begin() < e && b < s.end()) {
        return;
      }
    }
    marks.put(s.begin(), new String[] {Integer.toString(s.end()), open, close});
  }

  /** {@code /people}: the people of the archive. */
  void people(Context ctx) throws IOException {
    String name = Params.text(ctx, "name");
    StringBuilder b = new StringBuilder("<h1>People</h1><form action=\"/people\"><label>Name <input name=\"name\" value=\"")
        .append(esc(name == null ? "" : name)).append("\"></label> <button>Find</button></form><table class=\"people\">")
        .append("<thead><tr><th>person</th><th>documents</th><th>quotes</th><th>roles</th></tr></thead><tbody>");
    for (Person p : corpus.people(name, 100)) {
      b.append("<tr><td><a href=\"/people/").append(segment(p.name())).append("\">").append(esc(p.name())).append("</a></td><td>")
          .append(p.documents()).append("</td><td>").append(p.quotes()).append("</td><td>")
          .append(esc(String.join("; ", p.roles().stream().map(verbatim.core.model.Role::display).distinct().limit(3).toList()))).append("</td></tr>");
    }
    ctx.html(Html.page("People", null, b.append("</tbody></table>").toString()));
  }

  /** {@code /people/{name}}: roles, quotes over time, remarks with all their reported versions. */
  void person(Context ctx) throws IOException {
    String name = ctx.pathParam("name");
    if (name.length() > Params.MAX_TEXT) {
      throw ApiProblem.badRequest("name too long");
    }
    List<Person> found = corpus.people(name, 1);
    QuoteResult quotes = corpus.quotes(new QuoteQuery(name, null, null, null, null, Order.NEWEST, new Page(0, 200)));
    RemarkResult remarks = corpus.remarks(new RemarkQuery(name, null, null, RemarkQuery.DEFAULT_WINDOW_DAYS,
        RemarkQuery.DEFAULT_SIMILARITY, new Page(0, 20)));
    StringBuilder b = new StringBuilder("<h1>").append(esc(name)).append("</h1>");
    if (!found.isEmpty()) {
      Person p = found.get(0);
      b.append("<p class=\"meta\">").append(p.documents()).append(" documents · ").append(p.quotes()).append(" quotes");
      if (!p.aliases().isEmpty()) {
        b.append(" · also called ").append(esc(String.join(", ", p.aliases().stream().limit(6).toList())));
      }
      b.append("</p><h2>Roles</h2><ul>");
      p.roles().stream().map(verbatim.core.model.Role::display).distinct().forEach(r -> b.append("<li>").append(esc(r)).append("</li>"));
      b.append("</ul>");
    }
    b.append("<h2>Quotes over time</h2>").append(chart("quotes-chart", byMonth(quotes.hits())));
    b.append("<h2>Remarks</h2>");
    for (Remark r : remarks.remarks()) {
      b.append("<div class=\"remark\"><p>").append(r.versions().size()).append(" report").append(r.versions().size() == 1 ? "" : "s")
          .append(" from ").append(r.sources()).append(" source").append(r.sources() == 1 ? "" : "s").append(", first by ")
          .append(esc(r.earliest().source())).append(" on ").append(esc(day(r.earliest().published()))).append("</p><ul>");
      for (QuoteHit v : r.versions()) {
        b.append("<li>").append(esc(day(v.published()))).append(" · ").append(esc(v.source())).append(": <a href=\"/documents/")
            .append(v.documentId()).append("#").append(esc(v.quoteId())).append("\">").append(esc(v.text())).append("</a></li>");
      }
      b.append("</ul></div>");
    }
    b.append("<h2>All quotes</h2><ol class=\"quotes\">");
    for (QuoteHit h : quotes.hits()) {
      b.append("<li>").append(esc(day(h.published()))).append(" · ").append(esc(h.source())).append(" · <a href=\"/documents/")
          .append(h.documentId()).append("#").append(esc(h.quoteId())).append("\">").append(esc(h.sentenceText())).append("</a></li>");
    }
    ctx.html(Html.page(name, null, b.append("</ol>").toString()));
  }

  private static Map<String, Integer> byMonth(List<QuoteHit> hits) {
    Map<String, Integer> months = new TreeMap<>();
    for (QuoteHit h : hits) {
      if (h.published() != null && h.published().length() >= 7) {
        months.merge(h.published().substring(0, 7), 1, Integer::sum);
      }
    }
    return months;
  }

  /** A uPlot bar chart of counts per period, drawn by the page's script, with a table for screen readers. */
  static String chart(String id, Map<String, Integer> series) {
    StringBuilder periods = new StringBuilder();
    StringBuilder counts = new StringBuilder();
    StringBuilder table = new StringBuilder("<table class=\"series\"><tr><th>period</th><th>count</th></tr>");
    int i = 0;
    for (Map.Entry<String, Integer> e : series.entrySet()) {
      periods.append(i == 0 ? "" : ",").append(i);
      counts.append(i == 0 ? "" : ",").append(e.getValue());
      table.append("<tr><td>").append(esc(e.getKey())).append("</td><td>").append(e.getValue()).append("</td></tr>");
      i++;
    }
    String labels = String.join(",", series.keySet().stream().map(k -> "\"" + esc(k) + "\"").toList());
    return "<div id=\"" + id + "\" class=\"chart\" data-labels='[" + labels + "]' data-x='[" + periods + "]' data-y='[" + counts
        + "]'></div><script src=\"/static/chart.js\" defer></script><details><summary>Numbers</summary>" + table + "</table></details>";
  }

  private static String pager(Context ctx, long total) {
    Page page = Params.page(ctx);
    StringBuilder b = new StringBuilder("<nav class=\"pager\">");
    if (page.offset() > 0) {
      b.append("<a href=\"").append(withParam(ctx, "offset", Integer.toString(Math.max(0, page.offset() - page.limit()))))
          .append("\">Previous</a> ");
    }
    if (page.offset() + page.limit() < total) {
      b.append("<a href=\"").append(withParam(ctx, "offset", Integer.toString(page.offset() + page.limit()))).append("\">Next</a>");
    }
    return b.append("</nav>").toString();
  }

  /** This page's address with {@code name} set to {@code value} (a facet adds a filter; paging replaces). */
  private static String withParam(Context ctx, String name, String value) {
    StringBuilder b = new StringBuilder("/?");
    boolean replace = name.equals("offset");
    for (Map.Entry<String, List<String>> e : ctx.queryParamMap().entrySet()) {
      if (replace && e.getKey().equals(name) || !replace && e.getKey().equals("offset")) {
        continue;
      }
      for (String v : e.getValue()) {
        b.append(url(e.getKey())).append('=').append(url(v)).append('&');
      }
    }
    return esc(b.append(url(name)).append('=').append(url(value)).toString());
  }

  private static String marked(Snippet s) {
    StringBuilder b = new StringBuilder();
    int at = 0;
    String text = s.text();
    for (Span m : s.matches()) {
      int begin = m.begin() - s.span().begin();
      int end = m.end() - s.span().begin();
      if (begin < at || end > text.length()) {
        continue;
      }
      b.append(esc(text.substring(at, begin))).append("<mark>").append(esc(text.substring(begin, end))).append("</mark>");
      at = end;
    }
    return b.append(esc(text.substring(at))).toString();
  }

  /** A named speaker as the document's entity calls them (its full name); any other as {@link Speaker#label}. */
  static String speakerName(Speaker s, Analysis analysis) {
    if (s instanceof Speaker.Named n) {
      return analysis.entities().stream().filter(e -> e.id().equals(n.entity())).map(Entity::name).findFirst().orElse(n.name());
    }
    return s.label();
  }

  static String day(String published) {
    return published == null ? "no date" : published.length() >= 10 ? published.substring(0, 10) : published;
  }

  static Comparator<QuoteHit> oldestFirst() {
    return Comparator.comparing(h -> String.valueOf(h.published()));
  }
}
