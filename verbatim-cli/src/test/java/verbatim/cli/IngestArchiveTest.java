package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;

/**
 * {@code verbatim ingest} of a crawl archive: a WARC.gz written here with two news pages, a 404 and
 * an image; the pages are stored with their addresses, the rest skipped and counted, and a second
 * page at the same address later is a new version of the story.
 */
class IngestArchiveTest {
  @TempDir Path dir;

  private static final Instant DATE = Instant.parse("2025-02-10T00:00:00Z");

  @Test
  void pagesOfAWarcAreStoredAndAnUpdatedPageIsANewVersion() throws IOException {
    Path warc = dir.resolve("crawl.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(warc, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(page("https://news.example.org/harbour-dues", "Harbour dues rise",
          "The port authority raised its dues on Monday, the first rise in four years, citing the cost of dredging the channel."));
      w.write(page("https://news.example.org/ferry", "Ferry timetable changes",
          "The ferry company will run two more crossings a day from March, it said on Tuesday, after a winter of delays."));
      w.write(response("https://news.example.org/missing", 404, "text/html", "<html>gone</html>".getBytes(StandardCharsets.UTF_8)));
      w.write(response("https://news.example.org/logo.png", 200, "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}));
    }
    Path data = dir.resolve("data");
    CliRun run = CliRun.of("ingest", "--data", data.toString(), warc.toString());
    assertThat(run.exitCode()).as(run.err()).isZero();
    List<JsonNode> acks = BadInputTest.jsonLines(run.out());
    assertThat(acks).hasSize(2).allSatisfy(a -> assertThat(a.get("status").asText()).isEqualTo("INGESTED"))
        .allSatisfy(a -> assertThat(a.get("input").asText()).contains("crawl.warc.gz#record"));
    assertThat(run.err()).contains("2 ingested", "skipped");

    Path update = dir.resolve("update.warc.gz");
    try (WarcWriter w = new WarcWriter(FileChannel.open(update, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE), WarcCompression.GZIP)) {
      w.write(page("https://news.example.org/harbour-dues", "Harbour dues rise, then fall back",
          "The port authority raised its dues on Monday and cut them again on Wednesday after shipping lines protested."));
    }
    CliRun again = CliRun.of("ingest", "--data", data.toString(), update.toString());
    JsonNode ack = BadInputTest.jsonLines(again.out()).get(0);
    assertThat(ack.get("status").asText()).isEqualTo("NEW_VERSION");
    assertThat(ack.get("version").asInt()).isEqualTo(2);
    assertThat(ack.get("previousVersion").asText()).isEqualTo(acks.get(0).get("id").asText());
  }

  private static WarcResponse page(String url, String title, String paragraph) throws IOException {
    String html = "<html lang=en><head><title>" + title + "</title></head><body><article><h1>" + title + "</h1><p>" + paragraph
        + "</p></article></body></html>";
    return response(url, 200, "text/html; charset=utf-8", html.getBytes(StandardCharsets.UTF_8));
  }

  private static WarcResponse response(String url, int status, String type, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found").addHeader("Content-Type", type)
        .body(MediaType.parse(type), body).build();
    return new WarcResponse.Builder(URI.create(url)).date(DATE).body(http).build();
  }
}
