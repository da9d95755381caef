package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;

class PersonNamesTest {
  private final PersonNames names = PersonNames.standard();

  @Test
  void romanisationsOfOneNameShareAKey() {
    assertThat(List.of("Kim Jong Un", "Kim Jong-un", "KIM Jong-Un", "kim  jong‐un", "North Korean Leader Kim Jong Un"))
        .extracting(n -> names.key(person(n)))
        .containsOnly("kim jong un", "north korean leader kim jong un");
    assertThat(names.key(person("Kim Jong-un"))).isEqualTo(names.key(person("Kim Jong Un")));
  }

  @Test
  void titlesHonorificsDiacriticsAndInitialsDoNotMakeAnotherPerson() {
    assertThat(names.key(person("President Donald Trump"))).isEqualTo("donald trump");
    assertThat(names.key(person("U.S. President Donald J. Trump"))).isEqualTo("donald trump");
    assertThat(names.key(person("Former Prime Minister Fumio Kishida"))).isEqualTo("fumio kishida");
    assertThat(names.key(person("Nguyễn Phú Trọng"))).isEqualTo("nguyen phu trong");
    assertThat(names.key(person("Dr. Seán O’Brien"))).isEqualTo("sean obrien");
  }

  @Test
  void aTitleAndSurnameJoinAFullNameOnlyThroughTheDocumentsEntity() {
    assertThat(names.key(person("President Trump"))).isEqualTo("?trump");
    assertThat(names.key(new Entity("e1", "President Trump", EntityType.PERSON, List.of("Donald Trump", "Trump"),
        List.of(), null, List.of()))).isEqualTo("donald trump");
  }

  @Test
  void twoFullNamesThatShareASurnameStayTwoPeople() {
    assertThat(names.key(person("John Smith"))).isNotEqualTo(names.key(person("Jane Smith")));
    assertThat(names.aliases(person("John Smith"))).containsExactly("john smith", "smith");
  }

  @Test
  void aKoreanNameWrittenAsOneWordIsAFullName() {
    assertThat(names.key(person("김정은"))).isEqualTo("김정은");
  }

  @Test
  void labelsReadLikeNames() {
    assertThat(PersonNames.label("kim jong un")).isEqualTo("Kim Jong Un");
    assertThat(PersonNames.label("?trump")).isEqualTo("Trump");
  }

  private static Entity person(String name) {
    return new Entity("e1", name, EntityType.PERSON, List.of(), List.of(), null, List.of());
  }
}
