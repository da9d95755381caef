package verbatim.core.pipeline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.entities.DateResolver;
import verbatim.core.entities.EntityLinker;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.DateMention;
import verbatim.core.model.Document;
import verbatim.core.model.Entity;
import verbatim.core.model.Problem;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;
import verbatim.core.nlp.EntityMention;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.Sentence;

/**
 * The language stages of the pipeline: sentences and entity mentions from the engine, then
 * entities linked, dates resolved against the published date and quotes attributed, for the languages the engine
 * serves. Other languages keep their article and get a problem saying why nothing more was found.
 */
final class Linking {
  private final Linguistics linguistics;
  private final EntityLinker linker = new EntityLinker();
  private final DateResolver dates = new DateResolver();
  private final QuoteExtractor quotes;

  Linking(Linguistics linguistics, QuoteExtractor quotes) {
    this.linguistics = linguistics;
    this.quotes = quotes;
  }

  Analysis analyze(Document document) {
    if (linguistics.isNone()) {
      return Analysis.of(document);
    }
    Article article = document.article();
    if (!linguistics.serves(article.language())) {
      return Analysis.of(withProblem(document, new Problem("language-not-analysed",
          "entities and dates are found in " + linguistics.languages() + " text; this document is "
              + (article.language() == null ? "of unknown language" : article.language()))));
    }
    String text = article.text();
    // read-only: every later stage reads the same sentences, and none may change them for the next
    List<Sentence> sentences = List.copyOf(linguistics.splitter().split(text));
    List<EntityMention> mentions = linguistics.recognizer().recognize(text, sentences);
    List<Entity> entities = linker.link(text, sentences, mentions);
    List<Span> spans = sentences.stream().map(Sentence::span).toList();
    LocalDate published = article.published() == null ? null : article.published().local().toLocalDate();
    List<DateMention> found = dates.resolve(text, spans, published);
    List<Quote> quoted = quotes.extract(text, sentences, entities);
    return new Analysis(document, entities, found, quoted);
  }

  private static Document withProblem(Document d, Problem problem) {
    Article a = d.article();
    List<Problem> problems = new ArrayList<>(a.problems());
    problems.add(problem);
    Article changed = new Article(a.title(), a.url(), a.language(), a.published(), a.updated(), a.authors(),
        a.translations(), a.text(), a.paragraphs(), problems);
    return new Document(d.input(), d.id(), d.source(), d.kind(), changed);
  }
}
