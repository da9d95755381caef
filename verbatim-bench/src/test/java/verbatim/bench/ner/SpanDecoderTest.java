package verbatim.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SpanDecoderTest {
  private static List<Entity> decode(String... tags) {
    return SpanDecoder.decode(7, List.of(tags));
  }

  @Test
  void iob1InsideTagStartsAnEntityAfterOutside() {
    assertThat(decode("O", "I-PER", "I-PER", "O")).containsExactly(new Entity(7, 1, 3, "PER"));
  }

  @Test
  void iob1BeginTagSplitsTwoAdjacentEntitiesOfOneType() {
    assertThat(decode("I-LOC", "I-LOC", "B-LOC", "O"))
        .containsExactly(new Entity(7, 0, 2, "LOC"), new Entity(7, 2, 3, "LOC"));
  }

  @Test
  void changeOfTypeStartsANewEntity() {
    assertThat(decode("I-ORG", "I-PER", "I-PER"))
        .containsExactly(new Entity(7, 0, 1, "ORG"), new Entity(7, 1, 3, "PER"));
  }

  @Test
  void entityRunningToTheEndIsClosed() {
    assertThat(decode("O", "I-MISC")).containsExactly(new Entity(7, 1, 2, "MISC"));
  }

  @Test
  void iob2BeginStartsAndInsideContinues() {
    assertThat(decode("B-PER", "I-PER", "B-PER", "O", "B-LOC"))
        .containsExactly(new Entity(7, 0, 2, "PER"), new Entity(7, 2, 3, "PER"), new Entity(7, 4, 5, "LOC"));
  }

  @Test
  void iob2StrayInsideAfterOutsideStartsAnEntityAsConllevalCountsIt() {
    assertThat(decode("O", "I-ORG", "I-ORG")).containsExactly(new Entity(7, 1, 3, "ORG"));
  }

  @Test
  void iob1AndIob2SpellingsOfOneSentenceGiveTheSameSpans() {
    assertThat(decode("I-PER", "I-PER", "O", "I-LOC", "B-LOC"))
        .isEqualTo(decode("B-PER", "I-PER", "O", "B-LOC", "B-LOC"));
  }

  @Test
  void bareLabelsAreInsideTagsSoAdjacentSameTypeMerges() {
    assertThat(decode("PER", "PER", "O", "LOC", "ORG"))
        .containsExactly(new Entity(7, 0, 2, "PER"), new Entity(7, 3, 4, "LOC"), new Entity(7, 4, 5, "ORG"));
  }

  @Test
  void emptyAndAllOutsideSentencesHaveNoEntities() {
    assertThat(decode()).isEmpty();
    assertThat(decode("O", "O")).isEmpty();
  }
}
