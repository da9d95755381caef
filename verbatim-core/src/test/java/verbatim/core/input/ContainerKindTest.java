package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ContainerKindTest {
  private static ContainerKind of(String head, String name) {
    return ContainerKind.of(head.getBytes(StandardCharsets.UTF_8), name);
  }

  @Test
  void feedsAreKnownByTheirRootWhateverComesBefore() {
    assertThat(of("<?xml version=\"1.0\"?>\n<!-- hi -->\n<rss version=\"2.0\">", "x.xml")).isEqualTo(ContainerKind.FEED);
    assertThat(of("\uFEFF<feed xmlns=\"http://www.w3.org/2005/Atom\">", "x")).isEqualTo(ContainerKind.FEED);
    assertThat(of("<?xml version=\"1.0\"?><?xml-stylesheet href=\"a.xsl\"?><rdf:RDF xmlns:rdf=\"…\">", "x"))
        .isEqualTo(ContainerKind.FEED);
    assertThat(of("<?xml version=\"1.0\"?><urlset>", "sitemap.xml")).isEqualTo(ContainerKind.PAGE);
    assertThat(of("<html><body><p>feed the cat</p>", "feed.html")).isEqualTo(ContainerKind.PAGE);
  }

  @Test
  void warcAndJsonLinesAreKnownByTheirFirstBytes() throws IOException {
    assertThat(of("WARC/1.1\r\nWARC-Type: warcinfo\r\n", "a.bin")).isEqualTo(ContainerKind.WARC);
    assertThat(ContainerKind.of(JsonLinesSourceTest.gzip("WARC/1.0\r\n".getBytes(StandardCharsets.UTF_8)), "a.gz"))
        .isEqualTo(ContainerKind.WARC);
    assertThat(of("{\"url\": \"https://a\", \"html\": \"<p>\"}\n", "a.txt")).isEqualTo(ContainerKind.JSON_LINES);
    assertThat(of("{ Not JSON, a scrape that opens with a brace", "a.txt")).isEqualTo(ContainerKind.PAGE);
  }

  @Test
  void theNameDecidesOnlyWhatTheBytesLeaveOpen() {
    assertThat(of("garbage", "news.rss")).isEqualTo(ContainerKind.FEED);
    assertThat(of("", "empty.txt")).isEqualTo(ContainerKind.PAGE);
    assertThat(ContainerKind.of(new byte[] {0x1f, (byte) 0x8b, 1, 2}, "broken.gz")).isEqualTo(ContainerKind.PAGE);
  }
}
