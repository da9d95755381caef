package verbatim.core.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import verbatim.core.extract.ArticleExtractor;
import verbatim.core.extract.BodyOnlyExtractor;
import verbatim.core.extract.Page;
import verbatim.core.extract.html.HtmlArticleExtractor;
import verbatim.core.extract.html.HtmlMetadataReader;
import verbatim.core.extract.html.ScoredMainContent;
import verbatim.core.extract.text.TextScrapeExtractor;
import verbatim.core.input.InputException;
import verbatim.core.input.PageDecoder;
import verbatim.core.input.RawInput;
import verbatim.core.language.LanguageGuesser;
import verbatim.core.language.OpenNlpLanguageGuesser;
import verbatim.core.nlp.Background;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.quotes.RuleQuoteExtractor;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.Document;
import verbatim.core.model.Problem;
import verbatim.core.publisher.PublisherProfile;
import verbatim.core.publisher.SourceDomain;

/**
 * One input to one {@link Outcome}: decode, extract the article, tell its language, find its
 * publisher and give its dates their zone. Thread-safe; build one and share it.
 */
public final class Pipeline {
  private final AnalysisOptions options;
  private final PageDecoder decoder = new PageDecoder();
  private final ArticleExtractor html;
  private final ArticleExtractor text;
  private final ArticleExtractor body = new BodyOnlyExtractor();
  private final LanguageGuesser languages;
  private final ZoneResolver zones;
  private final Linking linking;

  public Pipeline(AnalysisOptions options, ArticleExtractor html, ArticleExtractor text, LanguageGuesser languages,
      Linguistics linguistics, QuoteExtractor quotes) {
    this.options = options;
    this.html = html;
    this.text = text;
    this.languages = languages;
    this.zones = new ZoneResolver(options.zone());
    this.linking = new Linking(linguistics, quotes);
  }

  /** The pipeline with verbatim's own extractors, language model and quote rules, and the given NLP engine. */
  public static Pipeline standard(AnalysisOptions options, Linguistics linguistics) {
    return standard(options, linguistics, new RuleQuoteExtractor());
  }

  /** The same with another quote extractor, such as the rules with a learned content model. */
  public static Pipeline standard(AnalysisOptions options, Linguistics linguistics, QuoteExtractor quotes) {
    return new Pipeline(options,
        new HtmlArticleExtractor(new HtmlMetadataReader(), new ScoredMainContent()),
        TextScrapeExtractor.standard(),
        lazyLanguageGuesser(),
        linguistics,
        quotes);
  }

  private static LanguageGuesser lazyLanguageGuesser() {
    Background<LanguageGuesser> model = Background.load("language model", OpenNlpLanguageGuesser::new);
    return text -> model.get().guess(text);
  }

  /** Never throws: a document that cannot be analysed becomes {@link Outcome.Failed}. */
  public Outcome analyze(RawInput raw) {
    try {
      Page page = decoder.decode(raw, options.bodyOnly());
      return new Outcome.Analyzed(linking.analyze(document(raw, page)));
    } catch (InputException e) {
      return new Outcome.Failed(raw.name(), e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // a bug of ours, not the document's fault; still only this document is lost
      return new Outcome.Failed(raw.name(), "internal error while analysing: " + e);
    }
  }

  private Document document(RawInput raw, Page page) {
    Article article = extractorFor(page).extract(page);
    List<Problem> problems = new ArrayList<>(article.problems());
    Optional<String> source = source(raw, article);
    Optional<PublisherProfile> publisher = source.flatMap(options.publishers()::of);
    String language = article.language() != null ? article.language() : languages.guess(article.text()).orElse(null);
    Article finished = new Article(article.title(), article.url() != null ? article.url() : raw.url(), language,
        zones.resolve(article.published(), publisher, "published", problems),
        zones.resolve(article.updated(), publisher, "updated", problems),
        article.authors(), article.translations(), article.text(), article.paragraphs(), problems);
    return new Document(raw.name(), DocumentId.of(raw.bytes()), source.orElse(null), options.kind(), finished);
  }

  private ArticleExtractor extractorFor(Page page) {
    switch (page.format()) {
      case HTML: return html;
      case TEXT: return text;
      case BODY: return body;
      default: throw new AssertionError(page.format());
    }
  }

  /** The publisher's domain: from the page's address, else from a byline's e-mail. */
  private static Optional<String> source(RawInput raw, Article article) {
    Optional<String> fromUrl = SourceDomain.ofUrl(article.url() != null ? article.url() : raw.url());
    if (fromUrl.isPresent()) {
      return fromUrl;
    }
    return article.authors().stream().map(Author::email).map(SourceDomain::ofEmail)
        .flatMap(Optional::stream).findFirst();
  }
}
