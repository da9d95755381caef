package verbatim.bench.dates;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataMatchTest {

  @Test
  void titlesMatchAfterNormalization() {
    assertThat(MetadataMatch.titleMatches("„Wir dekorieren“ — die Liegestühle!", "Wir dekorieren die  Liegestühle"))
        .isTrue();
    assertThat(MetadataMatch.titleMatches("Rates rise", "Rates rise again")).isFalse();
    assertThat(MetadataMatch.titleMatches(null, "x")).isFalse();
  }

  @Test
  void authorsMatchByTokenOverlap() {
    assertThat(MetadataMatch.authorMatches(List.of("Jane Roe"), List.of("Von Jane Roe"))).isTrue();
    assertThat(MetadataMatch.authorMatches(List.of("Jane Roe", "John Doe"), List.of("Jane Roe"))).isTrue();
    assertThat(MetadataMatch.authorMatches(List.of("Roe"), List.of("Jane Roe", "John Doe", "Max Muster"))).isFalse();
    assertThat(MetadataMatch.authorMatches(List.of(), List.of("Jane Roe"))).isFalse();
  }

  @Test
  void goldDaysAreNormalized() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    assertThat(GoldFiles.day(f.textNode("2019-01-23"))).isEqualTo("2019-01-23");
    assertThat(GoldFiles.day(f.textNode("2019-01.23"))).isEqualTo("2019-01-23");
    assertThat(GoldFiles.day(f.textNode("2019-01-3"))).isEqualTo("2019-01-03");
    assertThat(GoldFiles.day(f.numberNode(Double.NaN))).isNull();
    assertThat(GoldFiles.day(null)).isNull();
  }
}
