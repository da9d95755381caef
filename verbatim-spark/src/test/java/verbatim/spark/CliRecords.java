package verbatim.spark;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import verbatim.core.input.BoundedBytes;
import verbatim.core.input.DocumentSource;
import verbatim.core.input.DocumentSources;
import verbatim.core.input.InputException;
import verbatim.core.input.InputFiles;
import verbatim.core.input.SourceItem;
import verbatim.core.input.SourceSettings;
import verbatim.core.input.Skipped;
import verbatim.core.json.AnalysisJson;
import verbatim.core.model.Analysis;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;

/**
 * What the single-machine tools make of the same inputs, in process: {@code verbatim analyze
 * --format jsonl} for a folder of pages (its file listing, its reader, its JSON writer's bytes),
 * and the items {@code verbatim ingest} reads from an archive or a JSON Lines file, each analysed
 * by the pipeline and written the way {@code analyze} writes.
 */
final class CliRecords {
  private CliRecords() {}

  /**
   * @param lines each analysis line by its input name, in the order the CLI prints them
   * @param failures each failure's reason by its input name
   */
  record Records(Map<String, String> lines, Map<String, String> failures, Skipped skipped) {}

  /** {@code verbatim analyze --format jsonl FOLDER}, as AnalyzeCommand does it. */
  static Records analyze(Pipeline pipeline, Path folder) throws InputException {
    Map<String, String> failures = new LinkedHashMap<>();
    CliWriter out = new CliWriter();
    BoundedBytes reader = new BoundedBytes(BoundedBytes.DEFAULT_LIMIT);
    for (String name : InputFiles.expand(List.of(folder.toString()))) {
      Outcome outcome;
      try {
        outcome = pipeline.analyze(InputFiles.read(name, reader, InputStream.nullInputStream()));
      } catch (InputException e) {
        outcome = new Outcome.Failed(name, e.getMessage());
      }
      if (outcome instanceof Outcome.Analyzed a) {
        out.write(a.analysis());
      } else {
        Outcome.Failed f = (Outcome.Failed) outcome;
        failures.put(f.input(), f.reason());
      }
    }
    return new Records(out.lines(), failures, Skipped.NONE);
  }

  /** The items {@code verbatim ingest FILE} reads, analysed (or passed through) and written as {@code analyze} writes. */
  static Records ingestRead(Pipeline pipeline, Path file) {
    Map<String, String> failures = new LinkedHashMap<>();
    Map<String, String> passed = new LinkedHashMap<>();
    CliWriter out = new CliWriter();
    try (DocumentSource source = new DocumentSources(SourceSettings.defaults(), InputStream.nullInputStream())
        .open(file.toString())) {
      for (Optional<SourceItem> next = source.next(); next.isPresent(); next = source.next()) {
        SourceItem item = next.get();
        if (item instanceof SourceItem.Failed f) {
          failures.put(f.input(), f.reason());
        } else if (item instanceof SourceItem.PreAnalyzed pre) {
          passed.put(inputOf(pre.json()), pre.json()); // it keeps the input name it was analysed under
        } else {
          Outcome outcome = pipeline.analyze(((SourceItem.Raw) item).raw());
          if (outcome instanceof Outcome.Analyzed a) {
            out.write(a.analysis());
          } else {
            failures.put(outcome.input(), ((Outcome.Failed) outcome).reason());
          }
        }
      }
      Map<String, String> lines = new LinkedHashMap<>(out.lines());
      lines.putAll(passed);
      return new Records(lines, failures, source.skipped());
    }
  }

  private static String inputOf(String json) {
    try {
      return new ObjectMapper().readTree(json).get("input").asText();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The bytes AnalyzeCommand's writer prints for --format jsonl, cut into lines. */
  private static final class CliWriter {
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private final JsonGenerator json;
    private final Map<String, String> inputs = new LinkedHashMap<>();

    CliWriter() {
      try {
        json = new JsonFactory().createGenerator(bytes, JsonEncoding.UTF8).disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      json.setPrettyPrinter(new MinimalPrettyPrinter("\n"));
    }

    void write(Analysis analysis) {
      try {
        AnalysisJson.write(analysis, json);
        json.flush();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      inputs.put(analysis.document().input(), null);
    }

    Map<String, String> lines() {
      try {
        json.writeRaw('\n');
        json.close();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      String all = bytes.toString(StandardCharsets.UTF_8);
      String[] lines = all.isEmpty() ? new String[0] : all.substring(0, all.length() - 1).split("\n", -1);
      Map<String, String> byInput = new LinkedHashMap<>();
      int i = 0;
      for (String input : inputs.keySet()) {
        byInput.put(input, lines[i++]);
      }
      if (i != lines.length) {
        throw new AssertionError(lines.length + " lines for " + i + " documents");
      }
      return byInput;
    }
  }
}
