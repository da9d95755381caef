package verbatim.index;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.io.IOException;
import java.io.StringWriter;
import java.time.Instant;
import verbatim.core.diff.Comparison;
import verbatim.core.json.AnalysisJson;
import verbatim.core.json.ComparisonJson;

/**
 * The JSON shapes of the corpus's answers, one writer for the CLI's {@code --format json} and the
 * HTTP API: records become objects with their component names as keys, instants ISO-8601 strings,
 * a stored document the {@code verbatim analyze} object beside its ingest record, and a statement
 * diff the shape {@link ComparisonJson} gives it.
 */
public final class QueryJson {
  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new SimpleModule("verbatim")
          .addSerializer(Instant.class, ToStringSerializer.instance) // ISO-8601, as toString gives them
          .addSerializer(java.time.LocalDate.class, ToStringSerializer.instance)
          .addSerializer(java.time.OffsetDateTime.class, ToStringSerializer.instance))
      .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private QueryJson() {}

  /** Any answer record ({@link SearchResult}, {@link QuoteHit}, {@link Person}, {@link Comparison}, ...) as JSON. */
  public static void write(Object answer, JsonGenerator g) throws IOException {
    if (answer instanceof StoredAnalysis stored) {
      writeStored(stored, g);
    } else if (answer instanceof Comparison comparison) {
      ComparisonJson.write(comparison, g);
    } else {
      MAPPER.writeValue(g, answer);
    }
  }

  /** {"ingestion": {...}, "analysis": {the analyze object}}. */
  public static void writeStored(StoredAnalysis stored, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeFieldName("ingestion");
    MAPPER.writeValue(g, stored.ingestion());
    g.writeFieldName("analysis");
    AnalysisJson.write(stored.analysis(), g);
    g.writeEndObject();
  }

  /** One answer as a compact JSON string. */
  public static String toString(Object answer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = MAPPER.getFactory().createGenerator(out)) {
      write(answer, g);
    } catch (IOException e) {
      throw new IllegalStateException("writing to a string failed", e);
    }
    return out.toString();
  }

  /** The factory whose generators the CLI and the server write with. */
  public static com.fasterxml.jackson.core.JsonFactory factory() {
    return MAPPER.getFactory();
  }
}
