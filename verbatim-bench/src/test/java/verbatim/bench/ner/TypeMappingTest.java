package verbatim.bench.ner;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TypeMappingTest {
  @Test
  void coarseLabelsMapOneToOne() {
    assertThat(TypeMapping.conllType("PERSON")).isEqualTo("PER");
    assertThat(TypeMapping.conllType("LOCATION")).isEqualTo("LOC");
    assertThat(TypeMapping.conllType("ORGANIZATION")).isEqualTo("ORG");
    assertThat(TypeMapping.conllType("MISC")).isEqualTo("MISC");
  }

  @Test
  void fineGrainedPlacesAreLocationsAndNationalitiesAreMisc() {
    assertThat(TypeMapping.conllType("CITY")).isEqualTo("LOC");
    assertThat(TypeMapping.conllType("STATE_OR_PROVINCE")).isEqualTo("LOC");
    assertThat(TypeMapping.conllType("COUNTRY")).isEqualTo("LOC");
    assertThat(TypeMapping.conllType("NATIONALITY")).isEqualTo("MISC");
    assertThat(TypeMapping.conllType("RELIGION")).isEqualTo("MISC");
  }

  @Test
  void numericTitlesAndUnknownLabelsAreOutside() {
    assertThat(TypeMapping.conllType("DATE")).isEqualTo("O");
    assertThat(TypeMapping.conllType("TITLE")).isEqualTo("O");
    assertThat(TypeMapping.conllType("IDEOLOGY")).isEqualTo("O");
    assertThat(TypeMapping.conllType("SOMETHING_NEW")).isEqualTo("O");
    assertThat(TypeMapping.conllType(null)).isEqualTo("O");
    assertThat(TypeMapping.isListed("SOMETHING_NEW")).isFalse();
  }
}
