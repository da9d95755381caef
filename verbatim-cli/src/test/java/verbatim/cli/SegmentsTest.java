package verbatim.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.diff.SentencePair;
import verbatim.core.diff.Statement;
import verbatim.core.diff.StatementDiff;

/** How a reworded sentence reads on one line: words put in keep the spacing of the version they come from. */
class SegmentsTest {
  private static String inline(String a, String b) {
    SentencePair pair = new StatementDiff().compare(Statement.of("a", a), Statement.of("b", b)).sentences().get(0);
    StringBuilder s = new StringBuilder();
    for (Segments.Segment segment : Segments.inline(pair)) {
      s.append(switch (segment.kind()) {
        case SAME -> segment.text();
        case REMOVED -> "[-" + segment.text() + "-]";
        case ADDED -> "{+" + segment.text() + "+}";
      });
    }
    return s.toString();
  }

  @Test
  void insertionsDeletionsAndReplacementsReadAsOneSentence() {
    assertThat(inline("The talks on trade resumed in Seoul.", "The talks on trade resumed quietly in Seoul."))
        .isEqualTo("The talks on trade resumed {+quietly+} in Seoul.");
    assertThat(inline("talks on trade resumed in Seoul today.", "The talks on trade resumed in Seoul today."))
        .isEqualTo("{+The+} talks on trade resumed in Seoul today.");
    assertThat(inline("The talks on trade resumed in Seoul today.", "The talks on trade resumed in Seoul."))
        .isEqualTo("The talks on trade resumed in Seoul [-today-].");
    assertThat(inline("The talks on trade resumed in Seoul.", "The talks on trade resumed in Busan."))
        .isEqualTo("The talks on trade resumed in [-Seoul-]{+Busan+}.");
  }

  @Test
  void eachSideMarksOnlyItsOwnWords() {
    SentencePair pair = new StatementDiff().compare(Statement.of("a", "We seek complete denuclearization now."),
        Statement.of("b", "We seek denuclearization of the peninsula now.")).sentences().get(0);
    assertThat(kinds(Segments.first(pair))).isEqualTo("We seek [complete] denuclearization now.");
    assertThat(kinds(Segments.second(pair))).isEqualTo("We seek denuclearization [of the peninsula] now.");
  }

  private static String kinds(List<Segments.Segment> segments) {
    StringBuilder s = new StringBuilder();
    for (Segments.Segment segment : segments) {
      s.append(segment.kind() == Segments.Kind.SAME ? segment.text() : "[" + segment.text() + "]");
    }
    return s.toString();
  }
}
