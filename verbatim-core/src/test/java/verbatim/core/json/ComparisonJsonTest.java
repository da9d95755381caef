package verbatim.core.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.diff.Comparison;
import verbatim.core.diff.Statement;
import verbatim.core.diff.StatementDiff;

class ComparisonJsonTest {
  private static final String A = "The talks began in Seoul. Both sides sought complete denuclearization. Nothing else.";
  private static final String B = "The talks began in Seoul. Both sides sought denuclearization. A new line.";

  private static String json(Comparison c) throws IOException {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      ComparisonJson.write(c, g);
    }
    return out.toString();
  }

  @Test
  void keysAreStableAndOffsetsPointIntoEachText() throws IOException {
    Comparison c = new StatementDiff().compare(Statement.of("a1", A), Statement.of("b1", B));
    String written = json(c);
    assertThat(json(c)).isEqualTo(written);
    JsonNode root = new ObjectMapper().readTree(written);
    assertThat(names(root)).containsExactly("a", "b", "counts", "dropped", "added", "sentences");
    assertThat(root.get("a").get("id").asText()).isEqualTo("a1");
    assertThat(root.get("a").get("sentences").asInt()).isEqualTo(3);
    assertThat(names(root.get("counts"))).containsExactly("kept", "reworded", "moved", "added", "removed");
    JsonNode reworded = root.get("sentences").get(1);
    assertThat(names(reworded)).containsExactly("status", "similarity", "a", "b", "edits");
    assertThat(reworded.get("status").asText()).isEqualTo("REWORDED");
    JsonNode edit = reworded.get("edits").get(0);
    assertThat(names(edit)).containsExactly("type", "a", "b", "removed", "added");
    assertThat(A.substring(edit.get("a").get("begin").asInt(), edit.get("a").get("end").asInt())).isEqualTo("complete");
    assertThat(root.get("sentences").get(2).get("b").isNull()).isTrue();
    JsonNode dropped = root.get("dropped").get(0);
    assertThat(dropped.get("text").asText()).isEqualTo("complete denuclearization");
    JsonNode span = dropped.get("spans").get(0);
    assertThat(A.substring(span.get("begin").asInt(), span.get("end").asInt())).isEqualTo("complete denuclearization");
  }

  private static List<String> names(JsonNode node) {
    List<String> names = new ArrayList<>();
    node.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
