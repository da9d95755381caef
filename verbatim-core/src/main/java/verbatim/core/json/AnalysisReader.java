package verbatim.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.DateMention;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Document;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Problem;
import verbatim.core.model.Role;
import verbatim.core.model.Span;
import verbatim.core.model.Translation;
import verbatim.core.model.ZoneOrigin;

/**
 * Reads back the JSON object {@link AnalysisJson#write} produces, giving an equal {@link Analysis}:
 * writing what this reads gives the same bytes again. Keys it does not know are ignored, so a
 * stream that carries more beside the analysis still reads. A value of the wrong shape is a
 * {@link MalformedAnalysisException} naming where it is ({@code quotes[2].speaker.type}).
 *
 * <p>Dates: a zone printed for a date whose zone the page gave is its offset, not a named zone, so
 * such a date reads back with no named zone (as the pipeline makes them). A date printed without
 * its {@code precision} (JSON older than that key) takes the precision its printed form shows.
 */
public final class AnalysisReader {
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AnalysisReader() {}

  /** One analysis from its JSON text. */
  public static Analysis read(String json) throws IOException {
    return read(MAPPER.readTree(json));
  }

  /** One analysis from a parsed JSON object. */
  public static Analysis read(JsonNode node) throws MalformedAnalysisException {
    try {
      return analysis(new Node(node, ""));
    } catch (IllegalArgumentException | NullPointerException | DateTimeException e) {
      // the records refuse invalid values; say so as a format error rather than a crash
      throw new MalformedAnalysisException("invalid analysis: " + e.getMessage(), e);
    }
  }

  private static Analysis analysis(Node n) throws MalformedAnalysisException {
    Node sources = n.object("dateSources");
    Article article = new Article(n.text("title"), n.text("url"), n.text("language"),
        date(n, "published", sources), date(n, "updated", sources),
        n.list("authors", a -> new Author(a.required("name"), a.text("email"))),
        n.list("translations", t -> new Translation(t.required("language"), t.required("label"), t.text("url"))),
        n.required("text"),
        n.list("paragraphs", AnalysisReader::span),
        n.list("problems", p -> new Problem(p.required("code"), p.required("message"))));
    Document document = new Document(n.required("input"), n.required("id"), n.text("source"),
        n.enumValue("kind", DocumentKind.class), article);
    return new Analysis(document, n.list("entities", AnalysisReader::entity),
        n.list("dates", AnalysisReader::dateMention), n.list("quotes", QuoteReader::quote));
  }

  private static Entity entity(Node e) throws MalformedAnalysisException {
    return new Entity(e.required("id"), e.required("name"), e.enumValue("type", EntityType.class),
        e.list("aliases", Node::string),
        e.list("roles", r -> new Role(r.text("title"), r.text("organization"), r.text("country"), r.bool("former"))),
        e.text("tiedTo"),
        e.list("mentions", m -> new Mention(span(m), m.required("text"), m.required("rule"))));
  }

  private static DateMention dateMention(Node d) throws MalformedAnalysisException {
    return new DateMention(span(d), d.required("text"), d.required("value"), d.required("rule"));
  }

  static Span span(Node n) throws MalformedAnalysisException {
    return new Span(n.integer("begin"), n.integer("end"));
  }

  private static DateStamp date(Node n, String key, Node sources) throws MalformedAnalysisException {
    String printed = n.text(key);
    if (printed == null) {
      return null;
    }
    Node source = sources.object(key);
    String precisionName = source.text("precision");
    DateStamp.Precision precision = precisionName != null
        ? source.enumValue("precision", DateStamp.Precision.class)
        : precisionShown(printed);
    PrintedDate p = PrintedDate.parse(printed, precision, n.path(key));
    DateOrigin from = source.enumValue("from", DateOrigin.class);
    ZoneOrigin zoneFrom = source.enumValue("zoneFrom", ZoneOrigin.class);
    String zone = source.text("zone");
    String evidence = source.text("evidence");
    if (zoneFrom == ZoneOrigin.UNKNOWN) {
      return new DateStamp(p.local(), null, null, precision, from, zoneFrom, evidence);
    }
    if (zone == null && p.offset() == null) {
      throw new MalformedAnalysisException(source.path("zone") + ": a date whose zone is known needs its zone");
    }
    ZoneOffset offset = p.offset() != null ? p.offset() : ZoneId.of(zone).getRules().getOffset(p.local());
    String named = zone;
    if (zoneFrom == ZoneOrigin.PAGE && zone != null && isOffset(zone, offset)) {
      named = null;
    }
    return new DateStamp(p.local(), offset, named, precision, from, zoneFrom, evidence);
  }

  private static boolean isOffset(String zone, ZoneOffset offset) {
    try {
      return ZoneOffset.of(zone).equals(offset);
    } catch (DateTimeException e) {
      return false;
    }
  }

  private static DateStamp.Precision precisionShown(String printed) {
    if (printed.length() == "2025-02-10".length()) {
      return DateStamp.Precision.DAY;
    }
    LocalDateTime local = PrintedDate.parse(printed, DateStamp.Precision.SECOND, "").local();
    return local.getSecond() == 0 && local.getNano() == 0 ? DateStamp.Precision.MINUTE : DateStamp.Precision.SECOND;
  }

  /** A date as {@link DateStamp#iso()} prints it: the wall-clock time and, when printed, the offset. */
  private record PrintedDate(LocalDateTime local, ZoneOffset offset) {
    static PrintedDate parse(String printed, DateStamp.Precision precision, String where) {
      try {
        if (precision == DateStamp.Precision.DAY) {
          return new PrintedDate(LocalDate.parse(printed).atStartOfDay(), null);
        }
        if (printed.length() > "2025-02-10T07:24:00".length() && hasOffset(printed)) {
          OffsetDateTime t = OffsetDateTime.parse(printed);
          return new PrintedDate(t.toLocalDateTime(), t.getOffset());
        }
        return new PrintedDate(LocalDateTime.parse(printed), null);
      } catch (DateTimeParseException e) {
        throw new IllegalArgumentException(where + ": '" + printed + "' is not an ISO-8601 date", e);
      }
    }

    private static boolean hasOffset(String printed) {
      int t = printed.indexOf('T');
      return printed.indexOf('+', t) > 0 || printed.indexOf('-', t) > 0 || printed.endsWith("Z");
    }
  }

  /** A JSON node and where it sits, so that an error can say where. */
  record Node(JsonNode json, String path) {
    String path(String key) {
      return path.isEmpty() ? key : path + "." + key;
    }

    String text(String key) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || v.isNull()) {
        return null;
      }
      if (!v.isTextual()) {
        throw new MalformedAnalysisException(path(key) + ": expected a string, found " + v.getNodeType());
      }
      return v.textValue();
    }

    String required(String key) throws MalformedAnalysisException {
      String v = text(key);
      if (v == null) {
        throw new MalformedAnalysisException(path(key) + ": missing");
      }
      return v;
    }

    String string() throws MalformedAnalysisException {
      if (!json.isTextual()) {
        throw new MalformedAnalysisException(path + ": expected a string, found " + json.getNodeType());
      }
      return json.textValue();
    }

    int integer(String key) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || !v.canConvertToInt() || !v.isIntegralNumber()) {
        throw new MalformedAnalysisException(path(key) + ": expected an integer");
      }
      return v.intValue();
    }

    double number(String key) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || !v.isNumber()) {
        throw new MalformedAnalysisException(path(key) + ": expected a number");
      }
      return v.doubleValue();
    }

    boolean bool(String key) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || !v.isBoolean()) {
        throw new MalformedAnalysisException(path(key) + ": expected true or false");
      }
      return v.booleanValue();
    }

    <E extends Enum<E>> E enumValue(String key, Class<E> type) throws MalformedAnalysisException {
      String name = required(key);
      try {
        return Enum.valueOf(type, name);
      } catch (IllegalArgumentException e) {
        throw new MalformedAnalysisException(path(key) + ": unknown " + type.getSimpleName() + " '" + name + "'");
      }
    }

    Node object(String key) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || !v.isObject()) {
        throw new MalformedAnalysisException(path(key) + ": expected an object");
      }
      return new Node(v, path(key));
    }

    <T> List<T> list(String key, Reader<T> reader) throws MalformedAnalysisException {
      JsonNode v = json.get(key);
      if (v == null || v.isNull()) {
        return List.of();
      }
      if (!v.isArray()) {
        throw new MalformedAnalysisException(path(key) + ": expected an array");
      }
      List<T> out = new ArrayList<>(v.size());
      for (int i = 0; i < v.size(); i++) {
        out.add(reader.read(new Node(v.get(i), path(key) + "[" + i + "]")));
      }
      return out;
    }
  }

  /** Reads one element of a JSON array. */
  @FunctionalInterface
  interface Reader<T> {
    T read(Node node) throws MalformedAnalysisException;
  }
}
