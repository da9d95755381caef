package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch of bad inputs beside good ones: each bad one is named on standard error with its reason,
 * every good one is still analysed, and the exit code says that some failed.
 */
class BadInputTest {
  private static final String ARTICLE = "<!doctype html><html lang=en><head><title>Ministers meet in Geneva</title></head>"
      + "<body><nav><a href=/>Home</a></nav><article><h1>Ministers meet in Geneva</h1>"
      + "<p>The two foreign ministers met in Geneva on Tuesday and agreed to keep talking about the border.</p>"
      + "<p>Officials on both sides described the three-hour meeting as frank and useful, and a second round is planned.</p>"
      + "</article></body></html>";

  @TempDir Path dir;

  @Test
  void eachBadInputIsNamedAndTheRestIsAnalysed() throws IOException {
    Path good = write("good.html", ARTICLE.getBytes(StandardCharsets.UTF_8));
    Path binary = write("image.html", pngBytes());
    Path empty = write("empty.txt", new byte[0]);
    Path blank = write("blank.txt", " \n\t\n".getBytes(StandardCharsets.UTF_8));
    Path huge = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(200L << 20); // 200 MB, sparse: refused by its size before it is read
    }
    Path truncated = write("cut.html.gz", Arrays.copyOf(gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)), 60));
    Path malformed = write("malformed.html", ("<html><body><div><p>Unclosed <b>bold <i>and italic <table><tr><td>cell"
        + "<p>The talks resumed in the capital on Monday after a pause of three weeks, officials said.</div></span></html>")
        .getBytes(StandardCharsets.UTF_8));
    Path wrongCharset = write("wrong-charset.html", ("<html><head><meta charset=\"utf-8\"><title>t</title></head><body><p>"
        + "서울에서 열린 회담에서 양국 장관은 국경 문제를 계속 논의하기로 합의했다고 관계자들이 전했다.</p></body></html>")
        .getBytes(Charset.forName("EUC-KR")));
    Path missing = dir.resolve("no-such-file.html");

    CliRun run = CliRun.of("analyze", "--format", "jsonl", good.toString(), binary.toString(), empty.toString(),
        blank.toString(), huge.toString(), truncated.toString(), malformed.toString(), wrongCharset.toString(),
        missing.toString());

    assertThat(run.exitCode()).isEqualTo(Verbatim.SOME_FAILED);
    assertThat(run.err())
        .contains(binary + ": binary content: this is a PNG image")
        .contains(empty + ": empty input")
        .contains(blank + ": empty input")
        .contains(huge + ": too large: 209715200 bytes")
        .contains(truncated + ": truncated gzip")
        .contains(missing + ": no such file");
    List<JsonNode> documents = jsonLines(run.out());
    assertThat(documents).extracting(d -> d.get("input").asText())
        .containsExactly(good.toString(), malformed.toString(), wrongCharset.toString());
    assertThat(documents.get(1).get("text").asText()).contains("The talks resumed in the capital on Monday");
    JsonNode korean = documents.get(2);
    assertThat(korean.get("text").asText()).contains("서울에서 열린 회담에서");
    assertThat(korean.get("problems").findValuesAsText("code")).contains("charset-mismatch");
  }

  @Test
  void allGoodMeansExitZero() throws IOException {
    Path good = write("good.html.gz", gzip(ARTICLE.getBytes(StandardCharsets.UTF_8)));
    CliRun run = CliRun.of("analyze", good.toString());
    assertThat(run.exitCode()).isZero();
    assertThat(jsonLines(run.out())).singleElement()
        .satisfies(d -> assertThat(d.get("title").asText()).isEqualTo("Ministers meet in Geneva"));
  }

  @Test
  void unknownOptionIsAUsageError() {
    CliRun run = CliRun.of("analyze", "--no-such-option");
    assertThat(run.exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(run.err()).contains("--no-such-option");
  }

  @Test
  void badZoneIsAUsageErrorNamingTheValue() {
    CliRun run = CliRun.of("analyze", "--zone", "Mars/Olympus", "-");
    assertThat(run.exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(run.err()).contains("Mars/Olympus");
  }

  @Test
  void aFileThatIsNoQuoteModelIsAUsageErrorNamingIt() throws IOException {
    Path notAModel = write("quotes.model", "not a model".getBytes(StandardCharsets.UTF_8));
    CliRun run = CliRun.of("analyze", "--quote-model", notAModel.toString(), "-");
    assertThat(run.exitCode()).isEqualTo(Verbatim.USAGE);
    assertThat(run.err()).contains(notAModel.toString()).contains("is not a quote model");
    assertThat(run.out()).isEmpty();
  }

  private Path write(String name, byte[] content) throws IOException {
    return Files.write(dir.resolve(name), content);
  }

  private static byte[] gzip(byte[] content) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (GZIPOutputStream out = new GZIPOutputStream(bytes)) {
      out.write(content);
    }
    return bytes.toByteArray();
  }

  private static byte[] pngBytes() {
    byte[] png = new byte[256];
    byte[] signature = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    System.arraycopy(signature, 0, png, 0, signature.length);
    return png;
  }

  static List<JsonNode> jsonLines(String out) throws IOException {
    ObjectMapper mapper = new ObjectMapper();
    return out.lines().filter(l -> !l.isBlank()).map(l -> {
      try {
        return mapper.readTree(l);
      } catch (IOException e) {
        throw new AssertionError("not JSON: " + l, e);
      }
    }).toList();
  }
}
