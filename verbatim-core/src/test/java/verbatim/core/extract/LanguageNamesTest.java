package verbatim.core.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LanguageNamesTest {
  private final LanguageNames names = LanguageNames.load();

  @Test
  void autonymsAreKnown() {
    assertThat(names.codeOf("한국어")).contains("ko");
    assertThat(names.codeOf("日本語")).contains("ja");
    assertThat(names.codeOf("简体中文")).contains("zh");
    assertThat(names.codeOf(" English ")).contains("en");
    assertThat(names.codeOf("ESPAÑOL")).contains("es");
    assertThat(names.codeOf("[Deutsch]")).contains("de");
  }

  @Test
  void onlyTheWholeLabelCounts() {
    assertThat(names.codeOf("Read this in English")).isEmpty();
    assertThat(names.codeOf("")).isEmpty();
    assertThat(names.codeOf(null)).isEmpty();
  }

  @Test
  void malformedLineNamesTheLine() {
    var in = new ByteArrayInputStream("# c\nko\t한국어\nbroken line\n".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> LanguageNames.parse(in))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3");
  }
}
