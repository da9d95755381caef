package verbatim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.DateMention;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Document;
import verbatim.core.model.Entity;
import verbatim.core.model.Mention;
import verbatim.core.model.Problem;
import verbatim.core.model.Role;
import verbatim.core.model.Span;
import verbatim.core.model.Translation;

/**
 * Writes an {@link Analysis} as the JSON object {@code verbatim analyze} prints. Keys are in a fixed
 * order so that the same input gives the same bytes; absent values are {@code null}, absent lists
 * are empty.
 */
public final class AnalysisJson {
  private AnalysisJson() {}

  public static void write(Analysis analysis, JsonGenerator g) throws IOException {
    Document document = analysis.document();
    Article a = document.article();
    g.writeStartObject();
    g.writeStringField("input", document.input());
    g.writeStringField("id", document.id());
    g.writeStringField("source", document.source());
    g.writeStringField("url", a.url());
    g.writeStringField("kind", document.kind().name());
    g.writeStringField("language", a.language());
    g.writeStringField("title", a.title());
    g.writeStringField("published", a.published() == null ? null : a.published().iso());
    g.writeStringField("updated", a.updated() == null ? null : a.updated().iso());
    g.writeObjectFieldStart("dateSources");
    writeDateSource("published", a.published(), g);
    writeDateSource("updated", a.updated(), g);
    g.writeEndObject();
    writeAuthors(a, g);
    writeTranslations(a, g);
    g.writeStringField("text", a.text());
    g.writeArrayFieldStart("paragraphs");
    for (Span p : a.paragraphs()) {
      writeSpan(p, g);
    }
    g.writeEndArray();
    writeEntities(analysis, g);
    writeDates(analysis, g);
    QuoteJson.writeQuotes(analysis.quotes(), g);
    writeProblems(a, g);
    g.writeEndObject();
  }

  private static void writeEntities(Analysis analysis, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("entities");
    for (Entity e : analysis.entities()) {
      g.writeStartObject();
      g.writeStringField("id", e.id());
      g.writeStringField("name", e.name());
      g.writeStringField("type", e.type().name());
      g.writeArrayFieldStart("aliases");
      for (String alias : e.aliases()) {
        g.writeString(alias);
      }
      g.writeEndArray();
      g.writeArrayFieldStart("roles");
      for (Role r : e.roles()) {
        g.writeStartObject();
        g.writeStringField("title", r.title());
        g.writeStringField("organization", r.organization());
        g.writeStringField("country", r.country());
        g.writeBooleanField("former", r.former());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeStringField("tiedTo", e.tiedTo());
      g.writeArrayFieldStart("mentions");
      for (Mention m : e.mentions()) {
        g.writeStartObject();
        g.writeNumberField("begin", m.span().begin());
        g.writeNumberField("end", m.span().end());
        g.writeStringField("text", m.text());
        g.writeStringField("rule", m.rule());
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeDates(Analysis analysis, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("dates");
    for (DateMention d : analysis.dates()) {
      g.writeStartObject();
      g.writeNumberField("begin", d.span().begin());
      g.writeNumberField("end", d.span().end());
      g.writeStringField("text", d.text());
      g.writeStringField("value", d.value());
      g.writeStringField("rule", d.rule());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  /** A failed input, for streams that keep failures beside results. */
  public static void writeFailure(String input, String reason, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("input", input);
    g.writeStringField("error", reason);
    g.writeEndObject();
  }

  static void writeSpan(Span span, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("begin", span.begin());
    g.writeNumberField("end", span.end());
    g.writeEndObject();
  }

  private static void writeDateSource(String key, DateStamp date, JsonGenerator g) throws IOException {
    if (date == null) {
      g.writeNullField(key);
      return;
    }
    g.writeObjectFieldStart(key);
    g.writeStringField("from", date.from().name());
    // the printed form cannot tell a minute from a second at :00; a reader needs to know which
    g.writeStringField("precision", date.precision().name());
    g.writeStringField("evidence", date.evidence());
    g.writeStringField("zone", date.zone() != null ? date.zone() : date.offset() == null ? null : date.offset().getId());
    g.writeStringField("zoneFrom", date.zoneFrom().name());
    g.writeEndObject();
  }

  private static void writeAuthors(Article a, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("authors");
    for (Author author : a.authors()) {
      g.writeStartObject();
      g.writeStringField("name", author.name());
      g.writeStringField("email", author.email());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeTranslations(Article a, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("translations");
    for (Translation t : a.translations()) {
      g.writeStartObject();
      g.writeStringField("language", t.language());
      g.writeStringField("label", t.label());
      g.writeStringField("url", t.url());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeProblems(Article a, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("problems");
    for (Problem p : a.problems()) {
      g.writeStartObject();
      g.writeStringField("code", p.code());
      g.writeStringField("message", p.message());
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
