package verbatim.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ConfigResultTest {
  private static ConfigResult sample(String notes) {
    return new ConfigResult("crf-x", "CRFClassifier.getClassifier(\"a=b, c\")", 2.5, 300, 15, 1000, 50, 1, 900, 1800,
        950, 2.25, 2, 0, 90, 80, 84.7, 95, 90, 85, 0, 85.5, notes);
  }

  @Test
  void resultLineRoundTripsThroughTheChildProtocol() {
    ConfigResult result = sample("DATE->O gold {O=3}; CITY->LOC gold {LOC=2}");
    assertThat(ConfigResult.parse(result.toLine())).isEqualTo(result);
  }

  @Test
  void emptyNotesRoundTrip() {
    assertThat(ConfigResult.parse(sample("").toLine()).labelNotes()).isEmpty();
  }

  @Test
  void tabInNotesIsRefusedAtConstruction() {
    assertThatThrownBy(() -> sample("a\tb")).isInstanceOf(IllegalArgumentException.class);
  }
}
