package verbatim.index;

import java.nio.charset.StandardCharsets;
import java.util.List;
import verbatim.core.input.RawInput;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;

/**
 * Short statements and articles written for the phrase tests, as web pages analysed by the real
 * pipeline (no NLP engine: the article, its date, language and source are what the phrase needs).
 */
final class Statements {
  private Statements() {}

  /** A page at {@code url}, published at {@code isoTime} (with its offset), of {@code paragraphs}. */
  static String page(String language, String url, String isoTime, String title, List<String> paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p).append("</p>\n");
    }
    return "<!doctype html>\n<html lang=\"" + language + "\"><head><meta charset=\"utf-8\">\n"
        + "<title>" + title + "</title>\n"
        + "<meta property=\"og:title\" content=\"" + title + "\">\n"
        + "<meta property=\"og:url\" content=\"" + url + "\">\n"
        + "<link rel=\"canonical\" href=\"" + url + "\">\n"
        + "<meta property=\"article:published_time\" content=\"" + isoTime + "\">\n"
        + "</head><body>\n<nav><a href=\"/\">Home</a> <a href=\"/briefings\">Briefings</a></nav>\n"
        + "<article><h1>" + title + "</h1>\n" + body + "</article>\n"
        + "<footer>Contact us. Privacy policy.</footer>\n</body></html>\n";
  }

  /** {@code html} analysed as a document of {@code kind}. */
  static Analysis analysed(DocumentKind kind, String html) {
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(kind, false, null, Publishers.builtIn()), Linguistics.none());
    Outcome outcome = pipeline.analyze(new RawInput("test.html", html.getBytes(StandardCharsets.UTF_8), null));
    if (outcome instanceof Outcome.Analyzed a) {
      return a.analysis();
    }
    throw new IllegalStateException("not analysed: " + outcome);
  }
}
