package verbatim.core.input;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.BufferedInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * A JSON Lines file ({@code .jsonl}, or {@code .jsonl.gz}: gzip is recognised by its magic
 * bytes), one item per line:
 *
 * <ul>
 *   <li>a page, as a crawl export or a Spark job's input holds it: {@code {"url": …, "html": …}}
 *       or {@code {"url": …, "text": …}} ({@code url} may be missing; an optional
 *       {@code "fetched"} ISO-8601 instant is kept) becomes a {@link SourceItem.Raw};
 *   <li>an analysis, as {@code verbatim analyze --format jsonl} prints it (it has {@code id},
 *       {@code text} and {@code quotes}) becomes a {@link SourceItem.PreAnalyzed}, untouched;
 *   <li>anything else is a {@link SourceItem.Failed} naming the file and line number.
 * </ul>
 *
 * Blank lines are skipped and counted. A line longer than the size limit fails alone.
 */
public final class JsonLinesSource implements DocumentSource {
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();
  /**
   * The page's characters arrive as JSON strings, so their charset is known: a UTF-8 byte-order
   * mark in front tells the decoder so, whatever charset the page's own markup once declared.
   */
  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String container;
  private final InputStream in;
  private final long maxLineBytes;
  private final SkipTally skipped = new SkipTally();
  private ByteLines lines;
  private boolean finished;

  /**
   * @param container the file's name, used to name each line ({@code pages.jsonl#line 12})
   * @param in the file's bytes, gzip or not; this source closes it
   * @param maxLineBytes the longest line read, in bytes (after gunzip)
   */
  public JsonLinesSource(String container, InputStream in, long maxLineBytes) {
    this.container = container;
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  @Override
  public Optional<SourceItem> next() {
    while (!finished) {
      ByteLines.Line line;
      try {
        line = lines().next();
      } catch (EOFException e) {
        return end("truncated gzip: the compressed stream ends before its end marker");
      } catch (IOException | UncheckedIOException e) {
        return end("cannot read: " + e.getMessage());
      }
      if (line == null) {
        finished = true;
        close();
        return Optional.empty();
      }
      Optional<SourceItem> item = itemOf(line);
      if (item.isPresent()) {
        return item;
      }
    }
    return Optional.empty();
  }

  private ByteLines lines() throws IOException {
    if (lines == null) {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(2);
      boolean gzip = buffered.read() == 0x1f && buffered.read() == 0x8b;
      buffered.reset();
      InputStream content = gzip ? new BufferedInputStream(new GZIPInputStream(buffered, 1 << 16), 1 << 16) : buffered;
      lines = new ByteLines(content, maxLineBytes);
    }
    return lines;
  }

  /** A failure that ends the file: the lines after a broken gzip stream cannot be found. */
  private Optional<SourceItem> end(String reason) {
    finished = true;
    close();
    long at = lines == null ? 1 : lines.count() + 1;
    return Optional.of(new SourceItem.Failed(name(at), reason));
  }

  private Optional<SourceItem> itemOf(ByteLines.Line line) {
    String name = name(line.number());
    if (line.tooLong()) {
      return failed(name, "line too long: " + line.length() + " bytes, the limit is " + maxLineBytes
          + " (raise --max-bytes to read it)");
    }
    if (isBlank(line.bytes())) {
      skipped.count("blank line");
      return Optional.empty();
    }
    JsonNode node;
    try {
      node = JSON.readTree(line.bytes());
    } catch (JsonProcessingException e) {
      return failed(name, "not JSON: " + e.getOriginalMessage());
    } catch (IOException e) {
      return failed(name, "cannot read: " + e.getMessage());
    }
    if (node == null || !node.isObject()) {
      return failed(name, "not a JSON object");
    }
    return Optional.of(classify(name, line.bytes(), node));
  }

  private static SourceItem classify(String name, byte[] bytes, JsonNode node) {
    // the keys an analysis line always has, as verbatim.core.json.AnalysisJson writes them
    if (node.path("id").isTextual() && node.has("text") && node.has("quotes")) {
      return new SourceItem.PreAnalyzed(name, node.get("id").asText(), new String(bytes, StandardCharsets.UTF_8));
    }
    JsonNode content = node.path("html").isTextual() ? node.get("html") : node.path("text");
    if (!content.isTextual()) {
      return new SourceItem.Failed(name, "neither a page ({\"url\", \"html\" or \"text\"})"
          + " nor an analysis ({\"id\", \"text\", \"quotes\"})");
    }
    JsonNode url = node.path("url");
    if (!url.isMissingNode() && !url.isNull() && !url.isTextual()) {
      return new SourceItem.Failed(name, "\"url\" is not a string");
    }
    Instant fetched;
    try {
      fetched = node.path("fetched").isTextual() ? Instant.parse(node.get("fetched").asText()) : null;
    } catch (DateTimeParseException e) {
      return new SourceItem.Failed(name, "\"fetched\" is not an ISO-8601 instant: " + node.get("fetched").asText());
    }
    return new SourceItem.Raw(new RawInput(name, withBom(content.asText()), url.isTextual() ? url.asText() : null,
        fetched, null));
  }

  private static byte[] withBom(String text) {
    byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[UTF8_BOM.length + utf8.length];
    System.arraycopy(UTF8_BOM, 0, bytes, 0, UTF8_BOM.length);
    System.arraycopy(utf8, 0, bytes, UTF8_BOM.length, utf8.length);
    return bytes;
  }

  private static boolean isBlank(byte[] bytes) {
    for (byte b : bytes) {
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  private Optional<SourceItem> failed(String name, String reason) {
    return Optional.of(new SourceItem.Failed(name, reason));
  }

  private String name(long lineNumber) {
    return container + "#line " + lineNumber;
  }

  @Override
  public Skipped skipped() {
    return skipped.snapshot();
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // nothing was written; a failure to release a read handle loses no data
    }
  }
}
