package verbatim.cli;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import java.io.IOException;
import java.io.OutputStream;
import verbatim.core.json.AnalysisJson;
import verbatim.core.model.Analysis;

/** Prints documents one after another, each followed by a newline and flushed at once. */
final class DocumentWriter implements AutoCloseable {
  private final JsonGenerator json;

  DocumentWriter(OutputStream out, OutputFormat format) throws IOException {
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8)
        .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    json.setPrettyPrinter(format == OutputFormat.JSON
        ? new DefaultPrettyPrinter().withRootSeparator("\n")
        : new MinimalPrettyPrinter("\n"));
  }

  void write(Analysis analysis) throws IOException {
    AnalysisJson.write(analysis, json);
    json.flush();
  }

  @Override
  public void close() throws IOException {
    json.writeRaw('\n');
    json.close();
  }
}
