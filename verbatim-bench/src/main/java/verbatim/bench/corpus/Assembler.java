package verbatim.bench.corpus;

import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.Cue;
import verbatim.core.model.DateMention;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Document;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Entity;
import verbatim.core.model.Mention;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.model.ZoneOrigin;
import verbatim.core.pipeline.DocumentId;

/**
 * Lays a {@link Draft} out as the {@link Analysis} the pipeline would store: sentences joined into
 * paragraphs, every span moved to its place in the text, entities numbered in order of first
 * mention and quotes in text order, as {@code verbatim analyze} numbers them.
 */
final class Assembler {
  private static final String WEEKDAY_RULE = "weekday → the last one before the published date";

  private Assembler() {}

  static Analysis analysis(Draft draft, String input) {
    StringBuilder text = new StringBuilder();
    List<Span> paragraphs = new ArrayList<>();
    List<Placed> placed = new ArrayList<>();
    for (List<Draft.Sentence> paragraph : draft.paragraphs()) {
      if (text.length() > 0) {
        text.append("\n\n");
      }
      int begin = text.length();
      for (Draft.Sentence s : paragraph) {
        if (text.length() > begin) {
          text.append(' ');
        }
        placed.add(new Placed(s, text.length()));
        text.append(s.text());
      }
      paragraphs.add(new Span(begin, text.length()));
    }
    String body = text.toString();
    Entities entities = new Entities(draft, body, placed);
    List<Quote> quotes = new ArrayList<>();
    List<DateMention> dates = new ArrayList<>();
    for (Placed p : placed) {
      for (Draft.DateWords d : p.sentence().dates()) {
        Span span = p.moved(d.span());
        dates.add(new DateMention(span, span.of(body), d.value().toString(), WEEKDAY_RULE));
      }
      Draft.Spoken spoken = p.sentence().quote();
      if (spoken != null) {
        quotes.add(quote("q" + (quotes.size() + 1), spoken, p, body, entities));
      }
    }
    DateStamp published = stamp(draft, draft.published(), "article:published_time");
    DateStamp updated = draft.updated() == null ? null : stamp(draft, draft.updated(), "article:modified_time");
    Article article = new Article(draft.title(), draft.url(), "en", published, updated,
        List.of(new Author(draft.author(), null)), List.of(), body, paragraphs, List.of());
    String id = DocumentId.of((draft.url() + "\n" + draft.title() + "\n" + body).getBytes(StandardCharsets.UTF_8));
    Document document = new Document(input, id, draft.outlet().domain(), DocumentKind.NEWS, article);
    return new Analysis(document, entities.list(), dates, quotes);
  }

  private static Quote quote(String id, Draft.Spoken spoken, Placed p, String body, Entities entities) {
    List<Span> parts = spoken.parts().stream().map(p::moved).toList();
    String words = String.join(" … ", parts.stream().map(s -> s.of(body)).toList());
    Span voiceSpan = p.moved(spoken.voice().span());
    Speaker speaker;
    if (spoken.voice() instanceof Draft.Named n) {
      speaker = new Speaker.Named(entities.idOf(n.member()), voiceSpan.of(body), voiceSpan);
    } else if (spoken.voice() instanceof Draft.Anonymous a) {
      speaker = new Speaker.Anonymous(voiceSpan.of(body), a.rank(), a.affiliation(), "official", voiceSpan);
    } else if (spoken.voice() instanceof Draft.Group) {
      speaker = new Speaker.Group(voiceSpan.of(body), voiceSpan);
    } else {
      throw new AssertionError(spoken.voice());
    }
    Span cue = p.moved(spoken.cue());
    return new Quote(id, spoken.kind(), words, parts, speaker, new Cue(cue, cue.of(body)), spoken.rule(),
        spoken.confidence());
  }

  private static DateStamp stamp(Draft draft, LocalDateTime local, String evidence) {
    return new DateStamp(local, draft.outlet().zone().getRules().getOffset(local), draft.outlet().zone().getId(),
        DateStamp.Precision.MINUTE, DateOrigin.META, ZoneOrigin.PUBLISHER_PROFILE, evidence);
  }

  /** A sentence and where it starts in the text. */
  private record Placed(Draft.Sentence sentence, int offset) {
    Span moved(Span local) {
      return new Span(local.begin() + offset, local.end() + offset);
    }
  }

  /** The cast members the text mentions, numbered e1, e2, … in order of first mention. */
  private static final class Entities {
    private final Map<Integer, String> ids = new HashMap<>();
    private final List<Entity> list = new ArrayList<>();

    Entities(Draft draft, String body, List<Placed> placed) {
      Map<Integer, List<Mention>> mentions = new HashMap<>();
      List<Integer> order = new ArrayList<>();
      for (Placed p : placed) {
        for (Draft.Mention m : p.sentence().mentions()) {
          Span span = p.moved(m.span());
          if (!mentions.containsKey(m.member())) {
            mentions.put(m.member(), new ArrayList<>());
            order.add(m.member());
          }
          mentions.get(m.member()).add(new Mention(span, span.of(body), m.rule()));
        }
      }
      for (int member : order) {
        String id = "e" + (list.size() + 1);
        ids.put(member, id);
        Draft.Member cast = draft.cast().get(member);
        Set<String> aliases = new LinkedHashSet<>();
        for (Mention m : mentions.get(member)) {
          if (!m.text().equals(cast.name()) && !m.rule().startsWith("pronoun")) {
            aliases.add(m.text());
          }
        }
        list.add(new Entity(id, cast.name(), cast.type(), List.copyOf(aliases), cast.roles(), null,
            mentions.get(member)));
      }
    }

    String idOf(int member) {
      return ids.get(member);
    }

    List<Entity> list() {
      return list;
    }
  }
}
