package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PhraseVariantsTest {
  private final PhraseVariants variants = PhraseVariants.standard();

  private List<PhraseVariant> of(String phrase) throws IOException {
    return variants.of(phrase, false, KnownNames.NONE);
  }

  private static List<String> texts(List<PhraseVariant> variants) {
    return variants.stream().map(PhraseVariant::text).toList();
  }

  @Test
  void thePhraseComesFirstThenItsOtherSpelling() throws IOException {
    List<PhraseVariant> found = of("complete denuclearization of North Korea");
    assertThat(found.get(0)).isEqualTo(new PhraseVariant("complete denuclearization of North Korea", VariantKind.PHRASE,
        "as typed"));
    assertThat(found.get(1).text()).isEqualTo("complete denuclearisation of North Korea");
    assertThat(found.get(1).kind()).isEqualTo(VariantKind.SPELLING);
    assertThat(found.get(1).rule()).isEqualTo("spelling: denuclearization → denuclearisation");
  }

  @Test
  void aNameIsSwappedForItsAliasesWithAndWithoutTheArticle() throws IOException {
    List<PhraseVariant> found = of("complete denuclearization of North Korea");
    assertThat(texts(found)).contains("complete denuclearization of the DPRK", "complete denuclearization of DPRK",
        "complete denuclearization of N. Korea", "complete denuclearization of the Democratic People's Republic of Korea",
        "complete denuclearisation of the DPRK", "complete denuclearization of the North");
    assertThat(found).filteredOn(v -> v.text().equals("complete denuclearization of the DPRK")).singleElement()
        .satisfies(v -> {
          assertThat(v.kind()).isEqualTo(VariantKind.ALIAS);
          assertThat(v.rule()).isEqualTo("alias: North Korea → the DPRK (aliases.tsv)");
        });
  }

  @Test
  void theArticleOfATypedNameIsOptional() throws IOException {
    List<PhraseVariant> found = of("complete denuclearization of the DPRK");
    assertThat(found).filteredOn(v -> v.text().equals("complete denuclearization of DPRK")).singleElement()
        .extracting(PhraseVariant::kind).isEqualTo(VariantKind.SMALL_WORDS);
    assertThat(texts(found)).contains("complete denuclearization of North Korea");
  }

  @Test
  void relatedExpressionsAreLabelledRelatedAndFoundThroughAliases() throws IOException {
    List<PhraseVariant> found = of("complete denuclearisation of the DPRK");
    assertThat(found).filteredOn(v -> v.text().equals("denuclearization of the Korean Peninsula")).singleElement()
        .satisfies(v -> {
          assertThat(v.kind()).isEqualTo(VariantKind.RELATED);
          assertThat(v.rule()).contains("related to complete denuclearization of North Korea (related.tsv)");
        });
    assertThat(texts(found)).contains("denuclearisation of the Korean Peninsula");
  }

  @Test
  void exactIsThePhraseAlone() throws IOException {
    assertThat(variants.of("complete denuclearization of North Korea", true, KnownNames.NONE))
        .extracting(PhraseVariant::kind).containsExactly(VariantKind.PHRASE);
  }

  @Test
  void aNameThatStandsForTheThingOnlyInsideAPhraseIsLeftAloneOnItsOwn() throws IOException {
    assertThat(texts(of("the North"))).containsExactly("the North");
    assertThat(texts(of("North Korea"))).doesNotContain("the North", "North");
    // a capitalised word after it makes a longer name
    assertThat(texts(of("meeting the North Korean leader"))).containsExactly("meeting the North Korean leader");
  }

  @Test
  void abbreviationsAreRecognisedOnlyInCapitalsAndNeverWrittenAsUs() throws IOException {
    assertThat(texts(of("talks with us"))).containsExactly("talks with us");
    List<String> us = texts(of("talks with the U.S."));
    assertThat(us).contains("talks with the United States", "talks with America", "talks with the USA");
    assertThat(us).noneMatch(t -> t.endsWith(" US"));
  }

  @Test
  void spellingsFollowTheTableAndTheIzeRuleButLeaveSameWordsAlone() {
    Spellings s = Spellings.shared();
    assertThat(s.other("denuclearisation")).contains("denuclearization");
    assertThat(s.other("Organized")).contains("Organised");
    assertThat(s.other("defence")).contains("defense");
    assertThat(s.other("programmes")).contains("programs");
    assertThat(s.other("advise")).isEmpty();
    assertThat(s.other("exercises")).isEmpty();
    assertThat(s.other("DPRK")).isEmpty();
    assertThat(s.other("statement")).isEmpty();
  }

  @Test
  void namesTheCorpusKnowsAreSwappedToo() throws IOException {
    Map<String, List<String>> corpus = Map.of("Fumio Kishida", List.of("Prime Minister Kishida", "Kishida"));
    List<PhraseVariant> found = variants.of("talks with Fumio Kishida", false,
        name -> corpus.getOrDefault(name, List.of()));
    assertThat(found).filteredOn(v -> v.kind() == VariantKind.CORPUS_ALIAS).extracting(PhraseVariant::text)
        .containsExactly("talks with Prime Minister Kishida", "talks with Kishida");
  }

  @Test
  void aKoreanNameIsSwappedWhenWrittenAsAWholeWord() throws IOException {
    assertThat(texts(of("북한 비핵화"))).contains("조선민주주의인민공화국 비핵화", "한반도 비핵화");
  }

  @Test
  void thereAreNeverMoreThanTheCap() throws IOException {
    assertThat(of("the U.S., North Korea, South Korea, China, Russia and Japan agreed on denuclearization"))
        .hasSizeLessThanOrEqualTo(PhraseVariants.MAX);
  }
}
