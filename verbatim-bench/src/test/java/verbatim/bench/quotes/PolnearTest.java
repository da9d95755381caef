package verbatim.bench.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PolnearTest {
  @TempDir
  Path dir;

  @Test
  void picksTheLexicographicallyFirstAnnotatorPerArticle() throws IOException {
    Path text = Files.createDirectories(dir.resolve("data/dev/text"));
    Path ann = Files.createDirectories(dir.resolve("data/dev/attributions"));
    Files.writeString(text.resolve("nyt_2016-10-01_a_b.txt"), "He said so.");
    Files.writeString(text.resolve("wp_2016-10-02_c.txt"), "She said no.");
    Files.writeString(ann.resolve("nyt_2016-10-01_a_b_d473.ann"), "T1\tCue 3 7\tsaid\nT2\tContent 8 10\tso\n"
        + "E1\tAttribution:T1 Cue:T1 Content:T2\n");
    Files.writeString(ann.resolve("nyt_2016-10-01_a_b_4e07.ann"), "");
    Files.writeString(ann.resolve("nyt_2016-10-01_a_b_ef2d.ann"), "");
    Files.writeString(ann.resolve("wp_2016-10-02_c_6b86.ann"), "");

    List<GoldDocument> docs = Polnear.read(dir, "dev");

    assertThat(docs).extracting(GoldDocument::name).containsExactly("nyt_2016-10-01_a_b", "wp_2016-10-02_c");
    assertThat(docs).extracting(GoldDocument::annotator).containsExactly("4e07", "6b86");
    assertThat(docs.get(0).attributions()).isEmpty();
  }
}
