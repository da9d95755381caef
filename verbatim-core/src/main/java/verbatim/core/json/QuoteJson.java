package verbatim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** The {@code quotes} array of an analysis: each quote with its parts, speaker, cue and rule. */
final class QuoteJson {
  private QuoteJson() {}

  static void writeQuotes(List<Quote> quotes, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart("quotes");
    for (Quote q : quotes) {
      g.writeStartObject();
      g.writeStringField("id", q.id());
      g.writeStringField("kind", q.kind().name());
      g.writeStringField("text", q.text());
      g.writeArrayFieldStart("parts");
      for (Span p : q.parts()) {
        AnalysisJson.writeSpan(p, g);
      }
      g.writeEndArray();
      writeSpeaker(q.speaker(), g);
      if (q.cue() == null) {
        g.writeNullField("cue");
      } else {
        g.writeObjectFieldStart("cue");
        g.writeStringField("text", q.cue().text());
        g.writeNumberField("begin", q.cue().span().begin());
        g.writeNumberField("end", q.cue().span().end());
        g.writeEndObject();
      }
      g.writeStringField("rule", q.rule());
      g.writeNumberField("confidence", q.confidence());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writeSpeaker(Speaker speaker, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("speaker");
    if (speaker instanceof Speaker.Named n) {
      g.writeStringField("type", "ENTITY");
      g.writeStringField("entity", n.entity());
      g.writeStringField("name", n.name());
      g.writeNullField("description");
    } else if (speaker instanceof Speaker.Anonymous a) {
      g.writeStringField("type", "ANONYMOUS");
      g.writeNullField("entity");
      g.writeNullField("name");
      g.writeStringField("description", a.description());
      g.writeStringField("rank", a.rank());
      g.writeStringField("affiliation", a.affiliation());
      g.writeStringField("role", a.role());
    } else if (speaker instanceof Speaker.Issued d) {
      g.writeStringField("type", "DOCUMENT");
      g.writeNullField("entity");
      g.writeStringField("name", d.document());
      g.writeNullField("description");
      g.writeArrayFieldStart("issuers");
      for (String issuer : d.issuers()) {
        g.writeString(issuer);
      }
      g.writeEndArray();
    } else if (speaker instanceof Speaker.Group group) {
      g.writeStringField("type", "GROUP");
      g.writeNullField("entity");
      g.writeNullField("name");
      g.writeStringField("description", group.description());
    } else if (speaker instanceof Speaker.Unknown) {
      g.writeStringField("type", "UNKNOWN");
      g.writeNullField("entity");
      g.writeNullField("name");
      g.writeNullField("description");
    } else {
      throw new AssertionError(speaker);
    }
    if (speaker.span() == null) {
      g.writeNullField("span");
    } else {
      g.writeFieldName("span");
      AnalysisJson.writeSpan(speaker.span(), g);
    }
    g.writeEndObject();
  }
}
