package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Analysis;
import verbatim.core.model.DateMention;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Role;

/**
 * The people, organisations, places and dates table of shared/seed/EXPECTED.md, through the real
 * pipeline with CoreNLP. Differences from the hand annotation are argued where they are asserted.
 */
class SeedEntitiesTest {
  private Analysis analysis;

  @BeforeEach
  void analyzeSeed() {
    analysis = SeedAnalysis.get();
  }

  private Entity entity(String name) {
    Optional<Entity> found = analysis.entities().stream().filter(e -> e.name().equals(name)).findFirst();
    assertThat(found).as("entity " + name + " in " + analysis.entities().stream().map(Entity::name).toList()).isPresent();
    return found.get();
  }

  private static List<String> mentionTexts(Entity e) {
    return e.mentions().stream().map(Mention::text).toList();
  }

  @Test
  void trumpIsOnePersonWithAllHisMentionsAndHisRole() {
    Entity trump = entity("Donald Trump");
    assertThat(trump.type()).isEqualTo(EntityType.PERSON);
    assertThat(trump.roles()).containsExactly(new Role("President", null, "United States", false));
    assertThat(mentionTexts(trump)).contains("Donald Trump", "he", "his").filteredOn("Trump"::equals).hasSize(4);
    assertThat(trump.mentions()).extracting(Mention::rule).contains("title + surname");
  }

  @Test
  void theOtherPeopleWithTheirRoles() {
    assertThat(entity("Kim Jong Un").roles()).containsExactly(new Role(null, null, "North Korea", false));
    assertThat(entity("Shigeru Ishiba").roles()).containsExactly(new Role("Prime Minister", null, "Japan", false));
    assertThat(entity("Joe Biden").roles()).containsExactly(new Role("President", null, "United States", true));
    assertThat(entity("Fumio Kishida").roles()).containsExactly(new Role("Prime Minister", null, "Japan", true));
    assertThat(entity("Ban Gil-joo").roles())
        .containsExactly(new Role("assistant professor", "National Diplomatic Academy", null, false));
  }

  @Test
  void eachPersonIsOneEntity() {
    assertThat(analysis.entities()).filteredOn(e -> e.type() == EntityType.PERSON).extracting(Entity::name)
        .containsExactlyInAnyOrder("Donald Trump", "Kim Jong Un", "Shigeru Ishiba", "Joe Biden", "Fumio Kishida", "Ban Gil-joo");
  }

  @Test
  void organisationsAndTheAdministrationTiedToTrump() {
    assertThat(entity("White House").type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(entity("National Diplomatic Academy").type()).isEqualTo(EntityType.ORGANIZATION);
    Entity administration = entity("Trump administration");
    assertThat(administration.type()).isEqualTo(EntityType.ORGANIZATION);
    assertThat(administration.tiedTo()).isEqualTo(entity("Donald Trump").id());
  }

  @Test
  void placesAreCanonicalAndPairsNameBothCountries() {
    assertThat(entity("United States").aliases()).contains("U.S.", "US");
    assertThat(entity("South Korea").aliases()).contains("ROK");
    assertThat(entity("North Korea").type()).isEqualTo(EntityType.LOCATION);
    assertThat(entity("Japan").type()).isEqualTo(EntityType.LOCATION);
    // no place is made of a pair: "U.S.-North Korea", "ROK-US", "U.S.-Japan"
    assertThat(analysis.entities()).extracting(Entity::name).noneMatch(n -> n.contains("-") && !n.equals("Ban Gil-joo"));
  }

  @Test
  void theThreeDatesResolvedAgainstThePostingDate() {
    assertThat(analysis.dates()).extracting(DateMention::text, DateMention::value).contains(
        org.assertj.core.groups.Tuple.tuple("Friday", "2025-02-07"),
        org.assertj.core.groups.Tuple.tuple("Jan. 20", "2025-01-20"),
        org.assertj.core.groups.Tuple.tuple("April last year", "2024-04"));
  }

  @Test
  void mentionSpansPointAtTheirText() {
    String text = analysis.document().text();
    for (Entity e : analysis.entities()) {
      for (Mention m : e.mentions()) {
        assertThat(m.span().of(text)).isEqualTo(m.text());
      }
    }
  }
}
