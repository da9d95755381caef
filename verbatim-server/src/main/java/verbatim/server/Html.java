package verbatim.server;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for text put into HTML, and the page frame every page shares. */
final class Html {
  private Html() {}

  static String esc(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder out = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '&' -> out.append("&amp;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  /** A query parameter value, encoded. */
  static String url(String s) {
    return URLEncoder.encode(s == null ? "" : s, StandardCharsets.UTF_8);
  }

  /** A path segment, encoded: a space is %20 there, "+" stays a plus. */
  static String segment(String s) {
    return url(s).replace("+", "%20");
  }

  /** A whole page: the header with the search box, then {@code body}. */
  static String page(String title, String query, String body) {
    return """
        <!doctype html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>%s · verbatim</title>
        <link rel="stylesheet" href="/static/verbatim.css">
        <link rel="stylesheet" href="/webjars/uplot/1.6.30/dist/uPlot.min.css">
        <script src="/webjars/htmx.org/2.0.4/dist/htmx.min.js" defer></script>
        <script src="/webjars/uplot/1.6.30/dist/uPlot.iife.min.js" defer></script>
        </head>
        <body>
        <header>
          <a class="brand" href="/">verbatim</a>
          <form action="/" method="get" role="search">
            <label for="q" class="hidden">Search the archive</label>
            <input id="q" name="q" type="search" value="%s" placeholder="Search words, a &quot;phrase&quot;, a person…"
              hx-get="/" hx-trigger="keyup changed delay:400ms" hx-target="main" hx-select="main" hx-push-url="true" autofocus>
            <button type="submit">Search</button>
          </form>
          <nav><a href="/people">People</a> <a href="/phrase">Phrase</a> <a href="/diff">Compare</a></nav>
        </header>
        <main id="main">
        %s
        </main>
        </body>
        </html>
        """.formatted(esc(title), esc(query == null ? "" : query), body);
  }
}
