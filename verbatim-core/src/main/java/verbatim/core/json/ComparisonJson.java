package verbatim.core.json;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.util.List;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.Counts;
import verbatim.core.diff.DiffSentence;
import verbatim.core.diff.Phrase;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.Statement;
import verbatim.core.diff.WordEdit;
import verbatim.core.model.Span;

/**
 * Writes a {@link Comparison} as JSON, for {@code verbatim diff --format json} and the HTTP API.
 * Keys are in a fixed order; a missing sentence is {@code null}; offsets are UTF-16 indexes into
 * each version's text, as everywhere in verbatim.
 *
 * <pre>
 * {"a": {"id", "input", "title", "sentences"}, "b": {…},
 *  "counts": {"kept", "reworded", "moved", "added", "removed"},
 *  "dropped": [{"text", "normalized", "spans": [{"begin", "end"}]}], "added": [… the same],
 *  "sentences": [{"status", "similarity",
 *                 "a": {"index", "paragraph", "begin", "end", "text"} | null, "b": … | null,
 *                 "edits": [{"type", "a": {"begin", "end"}, "b": {…}, "removed", "added"}]}]}
 * </pre>
 */
public final class ComparisonJson {
  private ComparisonJson() {}

  public static void write(Comparison comparison, JsonGenerator g) throws IOException {
    g.writeStartObject();
    writeSide("a", comparison.a(), count(comparison, true), g);
    writeSide("b", comparison.b(), count(comparison, false), g);
    writeCounts(comparison.counts(), g);
    writePhrases("dropped", comparison.dropped(), g);
    writePhrases("added", comparison.added(), g);
    g.writeArrayFieldStart("sentences");
    for (SentencePair pair : comparison.sentences()) {
      writePair(pair, g);
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static int count(Comparison comparison, boolean first) {
    return (int) comparison.sentences().stream().filter(p -> (first ? p.a() : p.b()) != null).count();
  }

  private static void writeSide(String key, Statement s, int sentences, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart(key);
    g.writeStringField("id", s.id());
    g.writeStringField("input", s.input());
    g.writeStringField("title", s.title());
    g.writeNumberField("sentences", sentences);
    g.writeEndObject();
  }

  private static void writeCounts(Counts c, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("counts");
    g.writeNumberField("kept", c.kept());
    g.writeNumberField("reworded", c.reworded());
    g.writeNumberField("moved", c.moved());
    g.writeNumberField("added", c.added());
    g.writeNumberField("removed", c.removed());
    g.writeEndObject();
  }

  private static void writePhrases(String key, List<Phrase> phrases, JsonGenerator g) throws IOException {
    g.writeArrayFieldStart(key);
    for (Phrase p : phrases) {
      g.writeStartObject();
      g.writeStringField("text", p.text());
      g.writeStringField("normalized", p.normalized());
      g.writeArrayFieldStart("spans");
      for (Span s : p.spans()) {
        writeSpan(s, g);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void writePair(SentencePair pair, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("status", pair.status().name());
    // rounded so that the same comparison prints the same bytes on every machine
    g.writeNumberField("similarity", Math.round(pair.similarity() * 1000) / 1000.0);
    writeSentence("a", pair.a(), g);
    writeSentence("b", pair.b(), g);
    g.writeArrayFieldStart("edits");
    for (WordEdit e : pair.edits()) {
      g.writeStartObject();
      g.writeStringField("type", e.type().name());
      g.writeFieldName("a");
      writeSpan(e.a(), g);
      g.writeFieldName("b");
      writeSpan(e.b(), g);
      g.writeStringField("removed", e.removed());
      g.writeStringField("added", e.added());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void writeSentence(String key, DiffSentence s, JsonGenerator g) throws IOException {
    if (s == null) {
      g.writeNullField(key);
      return;
    }
    g.writeObjectFieldStart(key);
    g.writeNumberField("index", s.index());
    g.writeNumberField("paragraph", s.paragraph());
    g.writeNumberField("begin", s.span().begin());
    g.writeNumberField("end", s.span().end());
    g.writeStringField("text", s.text());
    g.writeEndObject();
  }

  private static void writeSpan(Span s, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("begin", s.begin());
    g.writeNumberField("end", s.end());
    g.writeEndObject();
  }
}
