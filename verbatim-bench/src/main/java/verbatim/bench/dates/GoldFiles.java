package verbatim.bench.dates;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the gold files of the htmldate and trafilatura evaluation sets. */
final class GoldFiles {
  private GoldFiles() {}

  /** Lenient: the mediacloud file has bare {@code NaN} dates, which mean "no reference". */
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  private static final Pattern LOOSE_DAY = Pattern.compile("(\\d{4})\\D(\\d{1,2})\\D(\\d{1,2})");

  /** {@code {url: {file, date}}}, in file order. */
  static List<GoldPage> htmldate(Path json) throws IOException {
    return read(json);
  }

  /** {@code {url: {file, title?, date?, author?}}}; an author list is kept as a list. */
  static List<GoldPage> trafilatura(Path json) throws IOException {
    return read(json);
  }

  private static List<GoldPage> read(Path json) throws IOException {
    JsonNode root = JSON.readTree(json.toFile());
    List<GoldPage> pages = new ArrayList<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = root.properties().iterator(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      pages.add(new GoldPage(e.getKey(), v.path("file").asText(), day(v.get("date")),
          nonBlank(v.get("title")), authors(v.get("author"))));
    }
    return pages;
  }

  /** {@code YYYY-MM-DD}, normalizing the two odd shapes in the trafilatura set; null for NaN or absent. */
  static String day(JsonNode date) {
    if (date == null || !date.isTextual()) {
      return null;
    }
    Matcher m = LOOSE_DAY.matcher(date.asText());
    if (!m.find()) {
      return null;
    }
    return String.format("%s-%02d-%02d", m.group(1), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
  }

  private static String nonBlank(JsonNode n) {
    return n == null || !n.isTextual() || n.asText().isBlank() ? null : n.asText();
  }

  private static List<String> authors(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n != null && n.isArray()) {
      n.forEach(a -> {
        if (a.isTextual() && !a.asText().isBlank()) {
          out.add(a.asText());
        }
      });
    } else if (n != null && n.isTextual() && !n.asText().isBlank()) {
      out.add(n.asText());
    }
    return out;
  }
}
