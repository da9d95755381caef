package verbatim.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConllReaderTest {
  private static List<GoldDocument> read(String text) throws IOException {
    return ConllReader.read(new BufferedReader(new StringReader(text)), "test");
  }

  @Test
  void documentsAndSentencesAreSplitOnDocstartAndBlankLines() throws IOException {
    List<GoldDocument> docs = read("-DOCSTART- -X- -X- O\n\nAnna NNP I-NP I-PER\nsang VBD I-VP O\n\n"
        + "Bo NNP I-NP I-PER\n\n-DOCSTART- -X- -X- O\n\nOslo NNP I-NP I-LOC\n");
    assertThat(docs).hasSize(2);
    assertThat(docs.get(0).sentences()).containsExactly(
        new GoldSentence(List.of("Anna", "sang"), List.of("I-PER", "O")),
        new GoldSentence(List.of("Bo"), List.of("I-PER")));
    assertThat(docs.get(1).tokenCount()).isEqualTo(1);
  }

  @Test
  void lineWithoutFourColumnsNamesFileAndLine() {
    assertThatThrownBy(() -> read("-DOCSTART- -X- -X- O\n\nAnna I-PER\n"))
        .hasMessageContaining("test:3").hasMessageContaining("4 columns");
  }

  @Test
  void emptyInputHasNoDocuments() throws IOException {
    assertThat(read("")).isEmpty();
  }
}
