package verbatim.index;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.zip.CRC32C;
import verbatim.core.json.AnalysisJson;
import verbatim.core.json.AnalysisReader;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;

/**
 * One ledger line: {@code {"v":1,"ingestion":{…},"analysis":{…},"crc32c":"1a2b3c4d"}} and a
 * newline. The checksum is the CRC-32C of the record's canonical bytes: the line as written up to
 * the checksum, closed with {@code }} — so checking a line needs no second serialisation. The
 * analysis is exactly what {@code verbatim analyze} prints. The only class that knows these keys.
 */
final class LedgerCodec {
  static final int FORMAT = 1;
  private static final byte[] CHECKSUM_KEY = ",\"crc32c\":\"".getBytes(StandardCharsets.US_ASCII);
  /** {@code ,"crc32c":"} + 8 hex digits + {@code "}}. */
  private static final int CHECKSUM_SUFFIX = CHECKSUM_KEY.length + 8 + 2;
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private LedgerCodec() {}

  /** The line for {@code record}, newline included. */
  static byte[] encode(StoredAnalysis record) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(4096);
    try (JsonGenerator g = JSON.createGenerator(out, JsonEncoding.UTF8)) {
      g.writeStartObject();
      g.writeNumberField("v", FORMAT);
      writeIngestion(record.ingestion(), g);
      g.writeFieldName("analysis");
      AnalysisJson.write(record.analysis(), g);
      g.writeEndObject();
    } catch (IOException e) {
      throw new IllegalStateException("writing JSON to memory failed", e);
    }
    byte[] canonical = out.toByteArray();
    String checksum = HexFormat.of().toHexDigits((int) crc(canonical, canonical.length));
    ByteArrayOutputStream line = new ByteArrayOutputStream(canonical.length + CHECKSUM_SUFFIX + 1);
    line.write(canonical, 0, canonical.length - 1);
    line.writeBytes(CHECKSUM_KEY);
    line.writeBytes(checksum.getBytes(StandardCharsets.US_ASCII));
    line.writeBytes("\"}\n".getBytes(StandardCharsets.US_ASCII));
    return line.toByteArray();
  }

  /** The record of one line (without its newline); throws when the line is damaged. */
  static StoredAnalysis decode(byte[] line, int length) throws DamagedRecordException {
    byte[] canonical = verified(line, length);
    try {
      JsonNode root = MAPPER.readTree(canonical);
      if (root.path("v").asInt() != FORMAT) {
        throw new DamagedRecordException("unknown record format " + root.path("v"));
      }
      Analysis analysis = AnalysisReader.read(root.path("analysis"));
      return new StoredAnalysis(readIngestion(root.path("ingestion")), analysis);
    } catch (IOException | IllegalArgumentException | NullPointerException | DateTimeParseException e) {
      // the checksum matched, so this is a record we wrote and cannot read: say so, do not guess
      throw new DamagedRecordException("unreadable record: " + e.getMessage());
    }
  }

  /** The canonical bytes of a line whose checksum holds; throws when it does not. */
  static byte[] verified(byte[] line, int length) throws DamagedRecordException {
    if (length < CHECKSUM_SUFFIX + 2 || line[length - 1] != '}' || line[length - 2] != '"'
        || !Arrays.equals(line, length - CHECKSUM_SUFFIX, length - CHECKSUM_SUFFIX + CHECKSUM_KEY.length,
            CHECKSUM_KEY, 0, CHECKSUM_KEY.length)) {
      throw new DamagedRecordException("no checksum at the end of the line");
    }
    int bodyEnd = length - CHECKSUM_SUFFIX;
    String written = new String(line, bodyEnd + CHECKSUM_KEY.length, 8, StandardCharsets.US_ASCII);
    byte[] canonical = Arrays.copyOf(line, bodyEnd + 1);
    canonical[bodyEnd] = '}';
    String actual = HexFormat.of().toHexDigits((int) crc(canonical, canonical.length));
    if (!actual.equals(written)) {
      throw new DamagedRecordException("checksum " + written + " does not match the record's " + actual);
    }
    return canonical;
  }

  private static long crc(byte[] bytes, int length) {
    CRC32C crc = new CRC32C();
    crc.update(bytes, 0, length);
    return crc.getValue();
  }

  private static void writeIngestion(Ingestion i, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("ingestion");
    g.writeStringField("id", i.id());
    g.writeStringField("url", i.url());
    g.writeStringField("input", i.input());
    g.writeStringField("issuer", i.issuer());
    g.writeStringField("kind", i.kind().name());
    g.writeStringField("ingestedAt", i.ingestedAt().toString());
    g.writeStringField("analyzer", i.analyzer());
    g.writeNumberField("version", i.version());
    g.writeStringField("previousVersion", i.previousVersion());
    g.writeStringField("duplicateOf", i.duplicateOf());
    g.writeEndObject();
  }

  private static Ingestion readIngestion(JsonNode n) {
    return new Ingestion(text(n, "id"), text(n, "url"), text(n, "input"), text(n, "issuer"),
        DocumentKind.valueOf(text(n, "kind")), Instant.parse(text(n, "ingestedAt")), text(n, "analyzer"),
        n.path("version").asInt(), text(n, "previousVersion"), text(n, "duplicateOf"));
  }

  private static String text(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }
}
