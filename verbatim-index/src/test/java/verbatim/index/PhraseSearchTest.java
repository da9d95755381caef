package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The seed's two questions asked of a corpus written for them: "the first time the new
 * administration specifies ‘complete denuclearization of North Korea’ in an official document
 * since its launch on Jan. 20", and every earlier document with the same expression or a variant.
 */
class PhraseSearchTest {
  private static final String PHRASE = "complete denuclearization of North Korea";
  private static final LocalDate LAUNCH = LocalDate.of(2025, 1, 20);

  @TempDir static Path dir;
  private static PhraseCorpus docs;
  private static Corpus corpus;

  @BeforeAll
  static void ingest() throws IOException {
    docs = PhraseCorpus.build(dir);
    corpus = Corpus.open(dir);
  }

  @AfterAll
  static void close() throws IOException {
    corpus.close();
  }

  private static List<String> names(List<PhraseUse> uses) {
    return docs.names(uses.stream().map(PhraseUse::id).toList());
  }

  @Test
  void firstUseSinceTheLaunchByTheIssuerInAStatementIsTheRightDocument() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).withKinds("STATEMENT")
        .withIssuers("white house"));
    PhraseUse first = r.first();
    assertThat(first.id()).isEqualTo(docs.id("feb7"));
    assertThat(first.published()).startsWith("2025-02-07T17:30");
    assertThat(first.issuer()).isEqualTo(PhraseCorpus.WHITE_HOUSE);
    assertThat(first.title()).isEqualTo("Joint Statement from the United States and Japan");
    assertThat(first.sentence()).isEqualTo(PhraseCorpus.FEB7_SENTENCE);
    assertThat(first.exact()).isTrue();
    assertThat(first.variant()).isEqualTo(PHRASE);
    assertThat(first.variantKind()).isEqualTo(VariantKind.PHRASE);
    String text = corpus.show(first.id()).orElseThrow().analysis().document().article().text();
    assertThat(text.substring(first.match().begin(), first.match().end())).isEqualTo(PHRASE)
        .isEqualTo(first.match().text());
    assertThat(first.sentenceSpan().of(text)).isEqualTo(first.sentence());
    assertThat(first.match().begin()).isEqualTo(text.indexOf(PHRASE));
    assertThat(r.total()).isEqualTo(1);
  }

  @Test
  void everyEarlierDocumentWithTheExpressionOrAVariantIsListedOldestFirstWithItsVariant() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH));
    assertThat(names(r.earlier())).containsExactly("aug2023", "apr2024", "jun2024", "sep2024");
    assertThat(r.earlier()).extracting(PhraseUse::variant, PhraseUse::variantKind, PhraseUse::exact).containsExactly(
        tuple("complete denuclearization of the DPRK", VariantKind.ALIAS, false),
        tuple(PHRASE, VariantKind.PHRASE, true),
        tuple("complete denuclearisation of the DPRK", VariantKind.ALIAS, false),
        tuple("denuclearization of the Korean Peninsula", VariantKind.RELATED, false));
    assertThat(r.earlier()).extracting(u -> u.match().text()).containsExactly(
        "complete denuclearization of the DPRK", PHRASE, "complete denuclearisation of the DPRK",
        "denuclearization of the Korean\nPeninsula".replace("\n", " "));
    assertThat(r.earlierTotal()).isEqualTo(4);
    // the uses since the launch, oldest first, whoever issued them; the Korean article is not English
    assertThat(names(r.uses())).containsExactly("jan2025", "feb7", "feb20", "mar2025");
    assertThat(names(List.of(r.first()))).containsExactly("jan2025");
    assertThat(r.uses().get(2).variantKind()).isEqualTo(VariantKind.SPELLING);
    assertThat(r.total()).isEqualTo(4);
  }

  @Test
  void theEarlierUsesKeepTheOtherFilters() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).withKinds("STATEMENT")
        .withIssuers(PhraseCorpus.WHITE_HOUSE));
    assertThat(names(r.earlier())).containsExactly("aug2023", "apr2024");
    assertThat(r.earlier()).extracting(PhraseUse::issuer).containsOnly(PhraseCorpus.WHITE_HOUSE);
  }

  @Test
  void exactDropsTheVariants() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).exactly());
    assertThat(r.variants()).extracting(PhraseVariant::text).containsExactly(PHRASE);
    assertThat(names(r.earlier())).containsExactly("apr2024");
    assertThat(names(r.uses())).containsExactly("jan2025", "feb7", "mar2025");
    assertThat(r.uses()).allSatisfy(u -> assertThat(u.exact()).isTrue());
  }

  @Test
  void theTimelineCountsEveryUseByMonthWithEmptyMonthsBetween() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE));
    assertThat(r.timeline()).hasSize(20);
    assertThat(r.timeline().get(0)).isEqualTo(new PeriodCount("2023-08", 1));
    assertThat(r.timeline().get(19)).isEqualTo(new PeriodCount("2025-03", 1));
    assertThat(r.timeline()).filteredOn(p -> p.count() > 0).containsExactly(
        new PeriodCount("2023-08", 1), new PeriodCount("2024-04", 1), new PeriodCount("2024-06", 1),
        new PeriodCount("2024-09", 1), new PeriodCount("2025-01", 1), new PeriodCount("2025-02", 2),
        new PeriodCount("2025-03", 1));
    assertThat(r.timeline().stream().mapToLong(PeriodCount::count).sum()).isEqualTo(r.total()).isEqualTo(8);
  }

  @Test
  void theTimelineGoesByYearOrWeekAndIncludesTheEarlierUses() throws IOException {
    PhraseResult byYear = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).by(Granularity.YEAR));
    assertThat(byYear.timeline()).containsExactly(new PeriodCount("2023", 1), new PeriodCount("2024", 3),
        new PeriodCount("2025", 4));
    PhraseResult byWeek = corpus.phrase(PhraseRequest.of(PHRASE).since(LocalDate.of(2025, 2, 1)).by(Granularity.WEEK));
    assertThat(byWeek.timeline()).filteredOn(p -> p.period().startsWith("2025")).filteredOn(p -> p.count() > 0)
        .containsExactly(new PeriodCount("2025-W04", 1), new PeriodCount("2025-W06", 1),
            new PeriodCount("2025-W08", 1), new PeriodCount("2025-W10", 1));
  }

  @Test
  void countsPerSourceAndIssuerCoverEveryUseNotJustThePage() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).at(new Page(0, 1)));
    assertThat(r.uses()).hasSize(1);
    assertThat(r.byIssuer()).containsExactly(new FacetCount(PhraseCorpus.WHITE_HOUSE, 3),
        new FacetCount(PhraseCorpus.FOREIGN_MINISTRY, 2), new FacetCount(PhraseCorpus.FOREIGN_OFFICE, 1));
    assertThat(r.bySource()).containsExactly(new FacetCount("whitehouse-example.gov", 3),
        new FacetCount("mofa-example.go.jp", 2), new FacetCount("news-example.com", 2),
        new FacetCount("fcdo-example.gov.uk", 1));
  }

  @Test
  void aPageFurtherOnStillKnowsTheFirstUse() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).at(new Page(2, 2)));
    assertThat(names(r.uses())).containsExactly("feb20", "mar2025");
    assertThat(names(List.of(r.first()))).containsExactly("jan2025");
  }

  @Test
  void sinceAndUntilBoundTheUsesAndUntilBoundsTheCounts() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of(PHRASE).since(LAUNCH).until(LocalDate.of(2025, 2, 7)));
    assertThat(names(r.uses())).containsExactly("jan2025", "feb7");
    assertThat(r.timeline().get(r.timeline().size() - 1)).isEqualTo(new PeriodCount("2025-02", 1));
  }

  @Test
  void aLeadingSmallWordOfThePhraseIsPartOfTheMatch() throws IOException {
    PhraseUse use = corpus.phrase(PhraseRequest.of("the " + PHRASE).since(LocalDate.of(2025, 2, 1))
        .withIssuers(PhraseCorpus.WHITE_HOUSE)).first();
    assertThat(use.match().text()).isEqualTo("the " + PHRASE);
    assertThat(use.exact()).isTrue();
  }

  @Test
  void aKoreanPhraseIsFoundInTheKoreanDocument() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of("완전한 비핵화"));
    assertThat(names(r.uses())).containsExactly("ko");
    PhraseUse use = r.first();
    assertThat(use.match().text()).isEqualTo("완전한 비핵화");
    assertThat(use.exact()).isTrue();
    assertThat(use.sentence()).isEqualTo("한미일 세 나라 외교장관은 8일 회의를 열고 북한의 완전한 비핵화를 재확인했다고 밝혔다.");
    assertThat(corpus.phrase(PhraseRequest.of("북한의 완전한 비핵화")).first().match().text()).isEqualTo("북한의 완전한 비핵화");
  }

  @Test
  void aPhraseFoundNowhereHasNoFirstUseAndEmptyCounts() throws IOException {
    PhraseResult r = corpus.phrase(PhraseRequest.of("maximum pressure campaign"));
    assertThat(r.first()).isNull();
    assertThat(r.uses()).isEmpty();
    assertThat(r.timeline()).isEmpty();
    assertThat(r.byIssuer()).isEmpty();
  }

  @Test
  void aPhraseWithNoWordsIsRefusedByName() {
    assertThatThrownBy(() -> corpus.phrase(PhraseRequest.of("“ — ”"))).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"“ — ”\" has no words");
    assertThatThrownBy(() -> PhraseRequest.of(" ")).isInstanceOf(IllegalArgumentException.class);
  }
}
