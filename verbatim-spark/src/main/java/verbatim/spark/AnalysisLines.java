package verbatim.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import verbatim.core.json.AnalysisJson;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Document;

/**
 * Analysis records as lines: the bytes {@code verbatim analyze --format jsonl} prints for each
 * document (compact, UTF-8, keys in {@link AnalysisJson}'s order), and the columns the Parquet
 * output keeps beside them.
 */
final class AnalysisLines {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper READER = new ObjectMapper();

  private AnalysisLines() {}

  /** The record of a document analysed here. */
  static Result.Analysed of(Analysis analysis) {
    Document d = analysis.document();
    Article a = d.article();
    return new Result.Analysed(d.input(), d.id(), a.url(), d.source(), a.language(),
        a.published() == null ? null : a.published().iso(), line(analysis), false);
  }

  /** The record of a line {@code verbatim analyze} wrote earlier, kept byte for byte. */
  static Result of(String input, String id, String json) {
    JsonNode node;
    try {
      node = READER.readTree(json);
    } catch (IOException e) {
      return new Result.Failed(input, "not an analysis record: " + e.getMessage());
    }
    return new Result.Analysed(input, id, text(node, "url"), text(node, "source"), text(node, "language"),
        text(node, "published"), json, true);
  }

  static String line(Analysis analysis) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      AnalysisJson.write(analysis, g);
    } catch (IOException e) {
      throw new UncheckedIOException("writing to memory cannot fail", e);
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static String text(JsonNode node, String key) {
    JsonNode value = node.path(key);
    return value.isTextual() ? value.asText() : null;
  }
}
