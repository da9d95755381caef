package verbatim.core.extract.html;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org objects a page declares in {@code <script type="application/ld+json">}, flattened
 * out of arrays and {@code @graph}. A block that is not JSON is skipped: pages get it wrong often
 * (trailing commas, HTML comments, two objects pasted together), and a page's other metadata is
 * still worth reading.
 */
final class JsonLd {
  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(JsonReadFeature.ALLOW_TRAILING_COMMA, JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS,
          JsonReadFeature.ALLOW_SINGLE_QUOTES, JsonReadFeature.ALLOW_JAVA_COMMENTS,
          JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
      .build();

  /** Article-like types, in the order a news page's own article should be preferred. */
  private static final Set<String> ARTICLE_TYPES = Set.of(
      "newsarticle", "article", "reportagenewsarticle", "blogposting", "analysisnewsarticle",
      "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting",
      "liveblogposting", "scholarlyarticle", "techarticle", "report", "posting", "discussionforumposting");

  private static final int MAX_DEPTH = 6;

  private final List<JsonNode> objects;

  private JsonLd(List<JsonNode> objects) {
    this.objects = List.copyOf(objects);
  }

  static JsonLd of(Document page) {
    List<JsonNode> objects = new ArrayList<>();
    for (Element script : page.select("script[type~=(?i)application/ld\\+json]")) {
      parse(script.data()).ifPresent(root -> flatten(root, objects, 0));
    }
    return new JsonLd(objects);
  }

  private static Optional<JsonNode> parse(String json) {
    String text = json.trim();
    if (text.startsWith("<!--")) {
      text = text.replaceFirst("^<!--", "").replaceFirst("-->$", "");
    }
    try (JsonParser parser = MAPPER.createParser(text)) {
      return Optional.ofNullable(MAPPER.readTree(parser));
    } catch (Exception malformed) {
      return Optional.empty();
    }
  }

  private static void flatten(JsonNode node, List<JsonNode> out, int depth) {
    if (node == null || depth > MAX_DEPTH) {
      return;
    }
    if (node.isArray()) {
      node.forEach(child -> flatten(child, out, depth + 1));
    } else if (node.isObject()) {
      out.add(node);
      flatten(node.get("@graph"), out, depth + 1);
      JsonNode main = node.get("mainEntity");
      if (main != null && main.isObject() && main.has("@type")) {
        flatten(main, out, depth + 1);
      }
    }
  }

  /**
   * The object a reference stands for: {@code {"@id": "…#/schema/person/1"}} points at the node of
   * the graph with that {@code @id} (Yoast and other generators declare each person once and refer
   * to it). A node that is not a bare reference, or whose target is not declared, is returned as is.
   */
  JsonNode resolve(JsonNode node) {
    if (node == null || !node.isObject() || node.has("name") || !node.path("@id").isTextual()) {
      return node;
    }
    String id = node.get("@id").asText();
    for (JsonNode o : objects) {
      if (o != node && o.path("@id").isTextual() && o.get("@id").asText().equals(id) && o.size() > node.size()) {
        return o;
      }
    }
    return node;
  }

  /** Every declared object, in page order. */
  List<JsonNode> all() {
    return objects;
  }

  /** The article-like objects (NewsArticle, BlogPosting, …), in page order. */
  List<JsonNode> articles() {
    return objects.stream().filter(JsonLd::isArticle).toList();
  }

  static boolean isArticle(JsonNode node) {
    return types(node).stream().anyMatch(ARTICLE_TYPES::contains);
  }

  static boolean hasType(JsonNode node, String type) {
    return types(node).contains(type.toLowerCase(Locale.ROOT));
  }

  private static List<String> types(JsonNode node) {
    JsonNode type = node.get("@type");
    List<String> out = new ArrayList<>();
    if (type != null && type.isTextual()) {
      out.add(bare(type.asText()));
    } else if (type != null && type.isArray()) {
      type.forEach(t -> out.add(bare(t.asText())));
    }
    return out;
  }

  /** "http://schema.org/NewsArticle" and "schema:NewsArticle" are both "newsarticle". */
  private static String bare(String type) {
    String t = type.substring(Math.max(type.lastIndexOf('/'), type.lastIndexOf(':')) + 1);
    return t.toLowerCase(Locale.ROOT);
  }

  /** A field's text: a string, the first string of an array, or an object's {@code name}/{@code @id}/{@code url}. */
  static Optional<String> text(JsonNode node, String field) {
    return textOf(node == null ? null : node.get(field));
  }

  static Optional<String> textOf(JsonNode value) {
    if (value == null || value.isNull()) {
      return Optional.empty();
    }
    if (value.isArray()) {
      for (JsonNode v : value) {
        Optional<String> t = textOf(v);
        if (t.isPresent()) {
          return t;
        }
      }
      return Optional.empty();
    }
    if (value.isObject()) {
      for (String key : new String[] {"name", "@value", "url", "@id"}) {
        if (value.has(key) && value.get(key).isValueNode()) {
          return textOf(value.get(key));
        }
      }
      return Optional.empty();
    }
    String s = value.asText().trim();
    return s.isEmpty() ? Optional.empty() : Optional.of(s);
  }
}
