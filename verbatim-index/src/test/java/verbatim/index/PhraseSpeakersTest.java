package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Analysis;

/** What documents' quotes and people add to a phrase search: speakers, and the names the corpus knows. */
class PhraseSpeakersTest {
  private static final String PHRASE = "complete denuclearization of North Korea";

  @TempDir Path dir;

  private static Analysis tanabe() {
    return Docs.text("“We remain committed to the complete denuclearization of North Korea,” Foreign Minister "
            + "Aiko Tanabe said on Monday after meeting her counterparts.")
        .url("https://www.news-example.com/2025/02/10/tanabe").title("Tanabe restates goal").published("2025-02-10")
        .source("news-example.com")
        .person("Aiko Tanabe", "Tanabe")
        .quote("We remain committed to the complete denuclearization of North Korea,", "Aiko Tanabe",
            "Foreign Minister Aiko Tanabe")
        .build();
  }

  private static Analysis morita() {
    return Docs.text("“We had a useful meeting,” Kenji Morita said. The complete denuclearization of North Korea "
            + "was not on the agenda, according to the readout. Reporters asked about talks with Prime Minister "
            + "Sato, which are planned for March.")
        .url("https://www.news-example.com/2025/02/11/morita").title("Morita meets envoys").published("2025-02-11")
        .source("news-example.com")
        .person("Kenji Morita", "Morita")
        .person("Haruto Sato", "Prime Minister Sato", "Sato")
        .quote("We had a useful meeting,", "Kenji Morita", "Kenji Morita")
        .build();
  }

  @Test
  void aSpeakerFilterKeepsDocumentsQuotingThemAndAUseSaysWhoSpeaksTheWords() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(tanabe(), Docs.META);
      corpus.add(morita(), Docs.META);
      PhraseResult byTanabe = corpus.phrase(PhraseRequest.of(PHRASE).withSpeakers("Aiko Tanabe"));
      assertThat(byTanabe.uses()).singleElement().satisfies(u -> {
        assertThat(u.id()).isEqualTo(tanabe().document().id());
        assertThat(u.speaker()).isEqualTo("Aiko Tanabe");
      });
      PhraseResult byMorita = corpus.phrase(PhraseRequest.of(PHRASE).withSpeakers("Kenji Morita"));
      // he is quoted in the document, but the phrase is not in his quote
      assertThat(byMorita.uses()).singleElement().satisfies(u -> {
        assertThat(u.id()).isEqualTo(morita().document().id());
        assertThat(u.speaker()).isNull();
      });
      assertThat(corpus.phrase(PhraseRequest.of(PHRASE)).bySpeaker()).extracting(FacetCount::count)
          .containsExactly(1L, 1L);
    }
  }

  @Test
  void aNameTheCorpusKnowsIsSwappedForItsOtherNames() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(morita(), Docs.META);
      PhraseResult r = corpus.phrase(PhraseRequest.of("talks with Haruto Sato"));
      assertThat(r.variants()).filteredOn(v -> v.kind() == VariantKind.CORPUS_ALIAS).extracting(PhraseVariant::text)
          .contains("talks with Prime Minister Sato");
      assertThat(r.uses()).singleElement().satisfies(u -> {
        assertThat(u.match().text()).isEqualTo("talks with Prime Minister Sato");
        assertThat(u.variantKind()).isEqualTo(VariantKind.CORPUS_ALIAS);
        assertThat(u.exact()).isFalse();
      });
      assertThat(corpus.phrase(PhraseRequest.of("talks with Haruto Sato").exactly()).uses()).isEmpty();
    }
  }
}
