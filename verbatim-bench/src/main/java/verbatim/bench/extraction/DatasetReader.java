package verbatim.bench.extraction;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import verbatim.bench.Pages;

/** Reads the two shared extraction datasets into memory, in a stable order, at most {@code limit}. */
final class DatasetReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasetReader() {}

  /** article-extraction-benchmark: gzip UTF-8 pages keyed by item id, gold bodies in one JSON. */
  static List<EvalPage> aeb(Path shared, int limit) throws IOException {
    Path dir = shared.resolve("datasets/article-extraction-benchmark");
    JsonNode truth = JSON.readTree(dir.resolve("ground-truth.json").toFile());
    List<String> ids = new ArrayList<>();
    truth.fieldNames().forEachRemaining(ids::add);
    ids.sort(null);
    List<EvalPage> pages = new ArrayList<>();
    for (String id : ids.subList(0, Math.min(limit, ids.size()))) {
      JsonNode item = truth.get(id);
      byte[] bytes;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(dir.resolve("html/" + id + ".html.gz")))) {
        bytes = in.readAllBytes();
      }
      String html = new String(bytes, StandardCharsets.UTF_8);
      pages.add(new EvalPage(id, item.path("url").asText(""), html, new EvalPage.Body(item.path("articleBody").asText(""))));
    }
    return pages;
  }

  /** trafilatura-eval: pages in a zip (raw bytes, any charset), gold segments keyed by URL. */
  static List<EvalPage> trafilatura(Path shared, int limit) throws IOException {
    Path dir = shared.resolve("datasets/trafilatura-eval");
    JsonNode eval = JSON.readTree(dir.resolve("evaldata.json").toFile());
    List<EvalPage> pages = new ArrayList<>();
    try (ZipFile zip = new ZipFile(dir.resolve("html.zip").toFile(), StandardCharsets.UTF_8)) {
      Iterator<Map.Entry<String, JsonNode>> fields = eval.fields();
      while (fields.hasNext() && pages.size() < limit) {
        Map.Entry<String, JsonNode> field = fields.next();
        JsonNode item = field.getValue();
        String file = item.path("file").asText();
        ZipEntry entry = zip.getEntry(file);
        if (entry == null) {
          throw new IOException("html.zip has no entry " + file + " named by evaldata.json");
        }
        byte[] bytes;
        try (InputStream in = zip.getInputStream(entry)) {
          bytes = in.readAllBytes();
        }
        EvalPage.Gold gold = new EvalPage.Segments(strings(item.path("with")), strings(item.path("without")));
        pages.add(new EvalPage(file, field.getKey(), Pages.decode(file, bytes), gold));
      }
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    return pages;
  }

  private static List<String> strings(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }
}
