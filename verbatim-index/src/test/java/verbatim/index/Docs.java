package verbatim.index;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Cue;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Document;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Role;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.pipeline.DocumentId;

/** Hand-built analyses for the index tests: text first, then entities and quotes found in it. */
final class Docs {
  static final IngestMeta META = new IngestMeta(null, Instant.parse("2025-03-01T00:00:00Z"), "verbatim test");

  private String url;
  private String language = "en";
  private String source = "example.com";
  private DocumentKind kind = DocumentKind.NEWS;
  private LocalDate published;
  private String title = "";
  private final String text;
  private final List<Entity> entities = new ArrayList<>();
  private final List<Quote> quotes = new ArrayList<>();

  private Docs(String text) {
    this.text = text;
  }

  static Docs text(String text) {
    return new Docs(text);
  }

  Docs url(String value) {
    url = value;
    return this;
  }

  Docs language(String value) {
    language = value;
    return this;
  }

  Docs source(String value) {
    source = value;
    return this;
  }

  Docs kind(DocumentKind value) {
    kind = value;
    return this;
  }

  Docs published(String isoDay) {
    published = LocalDate.parse(isoDay);
    return this;
  }

  Docs title(String value) {
    title = value;
    return this;
  }

  /** A person named {@code name}, also called {@code aliases}; each name's occurrences are its mentions. */
  Docs person(String name, String... aliases) {
    return entity(EntityType.PERSON, name, List.of(), aliases);
  }

  Docs person(String name, Role role, String... aliases) {
    return entity(EntityType.PERSON, name, List.of(role), aliases);
  }

  Docs organization(String name, String... aliases) {
    return entity(EntityType.ORGANIZATION, name, List.of(), aliases);
  }

  private Docs entity(EntityType type, String name, List<Role> roles, String... aliases) {
    List<Mention> mentions = new ArrayList<>();
    List<String> names = new ArrayList<>(List.of(aliases));
    names.add(0, name);
    for (String n : names) {
      for (int at = text.indexOf(n); at >= 0; at = text.indexOf(n, at + n.length())) {
        mentions.add(new Mention(new Span(at, at + n.length()), n, n.equals(name) ? "full name" : "alias"));
      }
    }
    mentions.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    entities.add(new Entity("e" + (entities.size() + 1), name, type, List.of(aliases), roles, null, mentions));
    return this;
  }

  /** A direct quote of {@code words} by the entity named {@code entityName}, named there as {@code said}. */
  Docs quote(String words, String entityName, String said) {
    Entity e = entities.stream().filter(x -> x.name().equals(entityName)).findFirst().orElseThrow();
    return quote(words, new Speaker.Named(e.id(), said, find(said)));
  }

  Docs quote(String words, Speaker speaker) {
    Span part = find(words);
    int cueAt = text.indexOf(" said", part.end());
    Cue cue = cueAt < 0 ? null : new Cue(new Span(cueAt + 1, cueAt + 5), "said");
    quotes.add(new Quote("q" + (quotes.size() + 1), QuoteKind.DIRECT, words, List.of(part), speaker, cue,
        "test", 0.9));
    return this;
  }

  private Span find(String words) {
    int at = text.indexOf(words);
    if (at < 0) {
      throw new IllegalArgumentException("'" + words + "' is not in the text");
    }
    return new Span(at, at + words.length());
  }

  Analysis build() {
    DateStamp date = published == null ? null
        : DateStamp.unzoned(published.atTime(9, 30), DateStamp.Precision.MINUTE, DateOrigin.META, "test")
            .inZone(ZoneId.of("Asia/Seoul"), verbatim.core.model.ZoneOrigin.USER);
    Article article = new Article(title, url, language, date, null, List.of(), List.of(), text,
        List.of(new Span(0, text.length())), List.of());
    String id = DocumentId.of((url + "\n" + title + "\n" + text).getBytes(StandardCharsets.UTF_8));
    Document document = new Document(url == null ? "-" : url, id, source, kind, article);
    return new Analysis(document, entities, List.of(), quotes);
  }
}
