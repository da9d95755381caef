package verbatim.core.publisher;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishersTest {
  @TempDir Path dir;

  @Test
  void subdomainsFindTheirPublisher() {
    assertThat(Publishers.builtIn().of("donga.com")).get().extracting(PublisherProfile::zone).isEqualTo(ZoneId.of("Asia/Seoul"));
    assertThat(SourceDomain.ofUrl("https://www.donga.com/en/article/all/20250210/1")).contains("donga.com");
    assertThat(SourceDomain.ofUrl("https://news.bbc.co.uk/x")).contains("bbc.co.uk");
    assertThat(SourceDomain.ofEmail("고도예 yea@donga.com")).contains("donga.com");
    assertThat(Publishers.builtIn().of("unknown.example")).isEmpty();
  }

  @Test
  void aUserFileAddsAndOverrides() throws IOException {
    Path file = Files.writeString(dir.resolve("p.tsv"), "# mine\nexample.org\tExample Org\tEurope/Lisbon\ndonga.com\tDong-A\tUTC\n");
    Publishers merged = Publishers.builtIn().with(file);
    assertThat(merged.of("news.example.org")).get().extracting(PublisherProfile::zone).isEqualTo(ZoneId.of("Europe/Lisbon"));
    assertThat(merged.of("donga.com")).get().extracting(PublisherProfile::zone).isEqualTo(ZoneId.of("UTC"));
  }

  @Test
  void aBadLineNamesTheFileLineAndValue() throws IOException {
    Path file = Files.writeString(dir.resolve("bad.tsv"), "example.org\tExample\tMars/Olympus\n");
    assertThatThrownBy(() -> Publishers.builtIn().with(file))
        .hasMessageContaining("bad.tsv line 1").hasMessageContaining("Mars/Olympus");
  }
}
