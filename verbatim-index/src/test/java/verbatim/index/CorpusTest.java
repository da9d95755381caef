package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Role;
import verbatim.core.model.Speaker;
import verbatim.core.input.RawInput;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;

class CorpusTest {
  static final String SUMMIT = "U.S. President Donald Trump said on Friday that he would meet North Korean leader "
      + "Kim Jong Un again. “We get along very well,” Trump said at the White House. He added that "
      + "denuclearization of the peninsula remained the goal of any new summit between the two leaders.";
  static final String TARIFFS = "The finance ministry announced new tariffs on imported steel and aluminium on "
      + "Monday, saying domestic producers had lost market share for three straight years. Exporters in the "
      + "region warned that retaliation could follow within weeks and hurt shipping volumes.";
  static final String FLOODS = "Heavy rain flooded dozens of villages along the river overnight, and rescue teams "
      + "evacuated more than two thousand residents by boat. The weather service expects the water to recede "
      + "slowly over the weekend while farmers count the damage to the rice harvest.";

  @TempDir Path dir;

  static Analysis summit() {
    return Docs.text(SUMMIT).url("https://news.example.com/2025/02/07/summit").title("Trump wants to meet Kim again")
        .published("2025-02-07").source("news.example.com")
        .person("Donald Trump", new Role("President", null, "United States", false), "Trump", "He", "he")
        .person("Kim Jong Un", "Kim")
        .quote("We get along very well,", "Donald Trump", "Trump")
        .quote("denuclearization of the peninsula remained the goal of any new summit between the two leaders",
            "Donald Trump", "He")
        .build();
  }

  static Analysis tariffs() {
    return Docs.text(TARIFFS).url("https://business.example.org/tariffs").title("Steel tariffs announced")
        .published("2025-03-03").source("business.example.org").kind(DocumentKind.STATEMENT)
        .organization("finance ministry").build();
  }

  static Analysis floods() {
    return Docs.text(FLOODS).url("https://weather.example.net/floods").title("Villages flooded")
        .published("2025-03-15").source("weather.example.net").build();
  }

  @Test
  void pagesThroughThePipelineAreStoredAsAnalysedAndFound() throws IOException {
    Pipeline pipeline = Pipeline.standard(AnalysisOptions.defaults(), Linguistics.none());
    List<Analysis> analysed = new java.util.ArrayList<>();
    for (String name : List.of("harbour-ledger-2024-03-05-talks.html", "harbour-ledger-2024-03-06-reaction.txt")) {
      Path page = Path.of("..", "samples", "news", name);
      Outcome outcome = pipeline.analyze(new RawInput(name, java.nio.file.Files.readAllBytes(page), null));
      analysed.add(((Outcome.Analyzed) outcome).analysis());
    }
    try (Corpus corpus = Corpus.open(dir)) {
      for (Analysis a : analysed) {
        assertThat(corpus.add(a, Docs.META).status()).isEqualTo(IngestStatus.INGESTED);
      }
    }
    try (Corpus corpus = Corpus.open(dir)) {
      for (Analysis a : analysed) {
        assertThat(corpus.show(a.document().id())).get().extracting(StoredAnalysis::analysis).isEqualTo(a);
      }
      assertThat(corpus.search(SearchQuery.text("fleet owners")).hits()).extracting(SearchHit::title)
          .contains("Fleet owners cautious after talks resume");
    }
  }

  @Test
  void addingTheSameDocumentTwiceChangesNothing() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      IngestResult first = corpus.add(summit(), Docs.META);
      IngestResult again = corpus.add(summit(), Docs.META);
      assertThat(first.status()).isEqualTo(IngestStatus.INGESTED);
      assertThat(again.status()).isEqualTo(IngestStatus.UNCHANGED);
      assertThat(again.id()).isEqualTo(first.id());
      assertThat(corpus.size()).isEqualTo(1);
    }
    try (Corpus corpus = Corpus.open(dir)) {
      assertThat(corpus.add(summit(), Docs.META).status()).isEqualTo(IngestStatus.UNCHANGED);
      assertThat(corpus.search(SearchQuery.all()).total()).isEqualTo(1);
      assertThat(corpus.quotes(QuoteQuery.all()).total()).isEqualTo(2);
    }
  }

  @Test
  void newContentAtTheSameUrlIsANewVersionAndBothAreKept() throws IOException {
    Analysis updated = Docs.text(SUMMIT + " The White House later said no date had been set.")
        .url("https://news.example.com/2025/02/07/summit/").title("Trump wants to meet Kim again (updated)")
        .published("2025-02-07").build();
    try (Corpus corpus = Corpus.open(dir)) {
      IngestResult first = corpus.add(summit(), Docs.META);
      IngestResult second = corpus.add(updated, Docs.META);
      assertThat(second.status()).isEqualTo(IngestStatus.NEW_VERSION);
      assertThat(second.version()).isEqualTo(2);
      assertThat(second.previousVersion()).isEqualTo(first.id());
      assertThat(corpus.versions("https://news.example.com/2025/02/07/summit"))
          .extracting(Ingestion::id, Ingestion::version)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(first.id(), 1),
              org.assertj.core.groups.Tuple.tuple(second.id(), 2));
      assertThat(corpus.show(first.id())).get().extracting(StoredAnalysis::analysis).isEqualTo(summit());
      assertThat(corpus.show(second.id())).get().extracting(StoredAnalysis::analysis).isEqualTo(updated);
      assertThat(corpus.search(SearchQuery.text("\"no date had been set\"")).hits())
          .singleElement().extracting(SearchHit::version).isEqualTo(2);
    }
  }

  @Test
  void aNearDuplicateIsStoredAndLinkedToTheEarliestPublishedCopy() throws IOException {
    String copyText = SUMMIT.replace("on Friday", "on Friday, Feb. 7,") + " Reporting by the wire desk.";
    Analysis laterCopy = Docs.text(copyText).url("https://mirror.example.com/a/123").published("2025-02-08").build();
    Analysis earlierCopy = Docs.text(SUMMIT.replace("very well", "really well"))
        .url("https://first.example.com/story").published("2025-02-06").build();
    try (Corpus corpus = Corpus.open(dir)) {
      IngestResult original = corpus.add(summit(), Docs.META);
      IngestResult copy = corpus.add(laterCopy, Docs.META);
      assertThat(copy.status()).isEqualTo(IngestStatus.DUPLICATE);
      assertThat(copy.duplicateOf()).isEqualTo(original.id());
      assertThat(corpus.add(tariffs(), Docs.META).status()).isEqualTo(IngestStatus.INGESTED);

      // a copy published before the others becomes the original they all point to
      IngestResult earliest = corpus.add(earlierCopy, Docs.META);
      assertThat(earliest.status()).isEqualTo(IngestStatus.DUPLICATE);
      assertThat(corpus.copies(original.id())).containsExactly(earliest.id(), original.id(), copy.id());
      assertThat(corpus.search(SearchQuery.text("denuclearization")).hits())
          .extracting(SearchHit::id, SearchHit::original)
          .contains(org.assertj.core.groups.Tuple.tuple(copy.id(), earliest.id()),
              org.assertj.core.groups.Tuple.tuple(earliest.id(), null));
      assertThat(corpus.show(copy.id())).isPresent();
      assertThat(corpus.copies(corpus.add(tariffs(), Docs.META).id())).hasSize(1);
    }
  }

  @Test
  void englishWordsAreFoundByTheirStem() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(summit(), Docs.META);
      corpus.add(tariffs(), Docs.META);
      SearchResult found = corpus.search(SearchQuery.text("denuclearize"));
      assertThat(found.hits()).singleElement().satisfies(hit -> {
        assertThat(hit.title()).isEqualTo("Trump wants to meet Kim again");
        assertThat(hit.snippets()).isNotEmpty();
        Snippet s = hit.snippets().get(0);
        assertThat(s.matches()).singleElement()
            .satisfies(m -> assertThat(m.of(SUMMIT)).isEqualTo("denuclearization"));
        assertThat(s.span().of(SUMMIT)).isEqualTo(s.text());
      });
      assertThat(corpus.search(SearchQuery.text("tariff")).hits()).extracting(SearchHit::title)
          .containsExactly("Steel tariffs announced");
    }
  }

  @Test
  void koreanTextIsFoundByAKoreanQuery() throws IOException {
    String text = "북한은 10일 조선중앙통신을 통해 미국과의 대화에 관심이 없다고 밝혔다. 전문가들은 북한의 비핵화 협상이 당분간 어려울 것으로 내다봤다.";
    Analysis korean = Docs.text(text).language("ko").url("https://www.donga.com/news/1").title("북한, 대화 거부")
        .published("2025-02-10").source("donga.com").build();
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(korean, Docs.META);
      corpus.add(summit(), Docs.META);
      // "북한" appears as 북한은 and 북한의: Nori splits the particles off
      assertThat(corpus.search(SearchQuery.text("북한")).hits()).extracting(SearchHit::id)
          .containsExactly(korean.document().id());
      assertThat(corpus.search(SearchQuery.text("비핵화 협상")).hits()).hasSize(1);
      assertThat(corpus.search(SearchQuery.text("북한").withLanguages("ko")).facet("language"))
          .containsExactly(new FacetCount("ko", 1));
    }
  }

  @Test
  void facetsCountEveryMatchAndFiltersNarrow() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(summit(), Docs.META);
      corpus.add(tariffs(), Docs.META);
      corpus.add(floods(), Docs.META);
      SearchResult all = corpus.search(SearchQuery.all());
      assertThat(all.total()).isEqualTo(3);
      assertThat(all.hits()).extracting(SearchHit::title)
          .containsExactly("Villages flooded", "Steel tariffs announced", "Trump wants to meet Kim again");
      assertThat(all.facet("month")).containsExactly(new FacetCount("2025-02", 1), new FacetCount("2025-03", 2));
      assertThat(all.facet("kind")).containsExactly(new FacetCount("NEWS", 2), new FacetCount("STATEMENT", 1));
      assertThat(all.facet("speaker")).containsExactly(new FacetCount("Donald Trump", 1));
      assertThat(all.facet("entity")).extracting(FacetCount::value)
          .containsExactlyInAnyOrder("Donald Trump", "Kim Jong Un", "finance ministry");

      assertThat(corpus.search(SearchQuery.all().between(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 10)))
          .hits()).extracting(SearchHit::title).containsExactly("Steel tariffs announced");
      assertThat(corpus.search(SearchQuery.all().between(LocalDate.of(2025, 2, 7), null)).total()).isEqualTo(3);
      assertThat(corpus.search(SearchQuery.all().between(null, LocalDate.of(2025, 2, 6))).total()).isZero();
      assertThat(corpus.search(SearchQuery.all().withKinds("statement")).total()).isEqualTo(1);
      assertThat(corpus.search(SearchQuery.all().withSources("weather.example.net")).total()).isEqualTo(1);
      assertThat(corpus.search(SearchQuery.all().withSpeakers("Donald Trump")).total()).isEqualTo(1);
      assertThat(corpus.search(SearchQuery.all().withEntities("Kim Jong-un")).total()).isEqualTo(1);
      assertThat(corpus.search(SearchQuery.all().ordered(Order.OLDEST).at(new Page(1, 1))).hits())
          .extracting(SearchHit::title).containsExactly("Steel tariffs announced");
    }
  }

  @Test
  void aQuoteIsFoundByItsSpeakersFullNameWhateverTheQuoteCalledHim() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(summit(), Docs.META);
      QuoteResult byName = corpus.quotes(QuoteQuery.by("Donald Trump"));
      assertThat(byName.hits()).extracting(h -> h.speaker().said()).containsExactlyInAnyOrder("Trump", "He");
      QuoteHit he = byName.hits().stream().filter(h -> h.speaker().said().equals("He")).findFirst().orElseThrow();
      assertThat(he.speaker().name()).isEqualTo("Donald Trump");
      assertThat(he.speaker().people()).containsExactly("donald trump");
      assertThat(he.sentenceText()).startsWith("He added that denuclearization").endsWith("two leaders.");
      assertThat(he.sentence().of(SUMMIT)).isEqualTo(he.sentenceText());
      assertThat(he.published()).isEqualTo("2025-02-07T09:30:00+09:00");
      assertThat(he.source()).isEqualTo("news.example.com");
      assertThat(he.documentId()).isEqualTo(summit().document().id());

      assertThat(corpus.quotes(QuoteQuery.by("President Trump")).total()).isEqualTo(2);
      assertThat(corpus.quotes(QuoteQuery.by("Trump")).total()).isEqualTo(2);
      assertThat(corpus.quotes(QuoteQuery.by("Ivanka Trump")).total()).isZero();
      assertThat(corpus.quotes(QuoteQuery.by("Donald Trump").withText("summit")).hits())
          .extracting(QuoteHit::quoteId).containsExactly("q2");
      assertThat(corpus.quotes(QuoteQuery.all().between(LocalDate.of(2025, 2, 8), null)).total()).isZero();
    }
  }

  @Test
  void quotesAboutSomeoneAreTheQuotesThatMentionThem() throws IOException {
    String text = "Kim Jong Un is a very smart man, Trump said. Moon Jae-in said later that talks would resume.";
    Analysis a = Docs.text(text).url("https://x.example.com/1").published("2025-02-10")
        .person("Donald Trump", "Trump").person("Kim Jong Un").person("Moon Jae-in")
        .quote("Kim Jong Un is a very smart man", "Donald Trump", "Trump")
        .quote("talks would resume", "Moon Jae-in", "Moon Jae-in")
        .build();
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(a, Docs.META);
      assertThat(corpus.quotes(QuoteQuery.all().about("Kim Jong-un")).hits()).extracting(QuoteHit::quoteId)
          .containsExactly("q1");
      assertThat(corpus.quotes(QuoteQuery.all().about("Kim Jong-un")).hits().get(0).sentenceText())
          .isEqualTo("Kim Jong Un is a very smart man, Trump said.");
    }
  }

  @Test
  void onePersonAcrossSpellingsButNeverTwoPeopleWhoShareASurname() throws IOException {
    Analysis a = Docs.text("Kim Jong Un inspected a missile launch, state media said. Kim praised the scientists. "
        + "John Smith, a researcher, said the test was a warning.")
        .url("https://a.example.com/1").published("2025-01-01")
        .person("Kim Jong Un", new Role("leader", null, "North Korea", false), "Kim")
        .person("John Smith", "Smith")
        .quote("the test was a warning", "John Smith", "John Smith")
        .build();
    Analysis b = Docs.text("North Korean leader Kim Jong-un said the country would expand its arsenal. "
        + "Jane Smith of the institute said that was expected. President Trump did not comment.")
        .url("https://b.example.com/2").published("2025-01-02")
        .person("Kim Jong-un").person("Jane Smith", "Smith").person("President Trump")
        .quote("the country would expand its arsenal", "Kim Jong-un", "Kim Jong-un")
        .quote("that was expected", "Jane Smith", "Jane Smith")
        .build();
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(a, Docs.META);
      corpus.add(b, Docs.META);
      List<Person> people = corpus.people();
      assertThat(people).extracting(Person::key)
          .containsExactlyInAnyOrder("kim jong un", "john smith", "jane smith", "?trump");
      Person kim = people.get(0);
      assertThat(kim.key()).isEqualTo("kim jong un");
      assertThat(kim.documents()).isEqualTo(2);
      assertThat(kim.quotes()).isEqualTo(1);
      assertThat(kim.aliases()).contains("Kim");
      assertThat(List.of(kim.name(), kim.aliases())).asString().contains("Kim Jong Un", "Kim Jong-un");
      assertThat(kim.roles()).containsExactly(new Role("leader", null, "North Korea", false));
      assertThat(people.stream().filter(p -> p.key().equals("?trump")).findFirst().orElseThrow().named()).isFalse();

      assertThat(corpus.quotes(QuoteQuery.by("Kim Jong Un")).hits()).extracting(QuoteHit::documentId)
          .containsExactly(b.document().id());
      assertThat(corpus.quotes(QuoteQuery.by("John Smith")).hits()).extracting(QuoteHit::text)
          .containsExactly("the test was a warning");
      assertThat(corpus.quotes(QuoteQuery.by("Smith")).total()).isEqualTo(2);
    }
  }

  @Test
  void theFirstPeopleAreThoseOfEveryoneAndADocumentCountsOnceAPerson() throws IOException {
    Analysis a = Docs.text("Kim Jong Un visited a factory. Kim Jong-un said production would rise. "
        + "John Smith said the figures were old.").url("https://a.example.com/1").published("2025-01-01")
        .person("Kim Jong Un").person("Kim Jong-un").person("John Smith")
        .quote("production would rise", "Kim Jong-un", "Kim Jong-un").build();
    Analysis b = Docs.text("Kim Jong Un met envoys on Monday. Jane Smith of the institute said little changed.")
        .url("https://b.example.com/2").published("2025-01-02").person("Kim Jong Un").person("Jane Smith").build();
    Analysis c = Docs.text("Jane Smith and John Smith spoke after Moon Jae-in left the hall.")
        .url("https://c.example.com/3").published("2025-01-03")
        .person("Jane Smith").person("John Smith").person("Moon Jae-in").build();
    try (Corpus corpus = Corpus.open(dir)) {
      // a commit after each: people are added up across segments
      for (Analysis x : List.of(a, b, c)) {
        corpus.add(x, Docs.META);
        corpus.commit();
      }
      List<Person> all = corpus.people();
      assertThat(all).extracting(Person::name, Person::documents, Person::quotes).containsExactly(
          org.assertj.core.groups.Tuple.tuple("Kim Jong Un", 2, 1),
          org.assertj.core.groups.Tuple.tuple("Jane Smith", 2, 0),
          org.assertj.core.groups.Tuple.tuple("John Smith", 2, 0),
          org.assertj.core.groups.Tuple.tuple("Moon Jae-in", 1, 0));
      assertThat(all.get(0).mentions()).isEqualTo(3);
      for (int n = 1; n <= all.size() + 1; n++) {
        assertThat(corpus.people(n)).isEqualTo(all.subList(0, Math.min(n, all.size())));
      }
      assertThatThrownBy(() -> corpus.people(0)).hasMessageContaining("0");
    }
  }

  @Test
  void anonymousAndIssuedSpeakersAreKeptAsWritten() throws IOException {
    String text = "Talks will resume next week, a senior official said. The joint statement said that both "
        + "sides welcomed the progress made so far.";
    Analysis a = Docs.text(text).url("https://c.example.com/1").published("2025-02-11")
        .organization("Ministry of Unification")
        .quote("Talks will resume next week", new Speaker.Anonymous("a senior official", "senior", null, "official",
            new verbatim.core.model.Span(29, 46)))
        .quote("both sides welcomed the progress made so far", new Speaker.Issued("The joint statement",
            List.of("e1"), new verbatim.core.model.Span(53, 72)))
        .build();
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(a, Docs.META.withIssuer("Ministry of Unification"));
      assertThat(corpus.quotes(QuoteQuery.all()).hits()).extracting(h -> h.speaker().type(), h -> h.speaker().said())
          .containsExactlyInAnyOrder(org.assertj.core.groups.Tuple.tuple("ANONYMOUS", "a senior official"),
              org.assertj.core.groups.Tuple.tuple("DOCUMENT", "The joint statement"));
      assertThat(corpus.quotes(QuoteQuery.by("Ministry of Unification")).hits()).extracting(QuoteHit::quoteId)
          .containsExactly("q2");
      assertThat(corpus.show(a.document().id())).get().extracting(s -> s.ingestion().issuer())
          .isEqualTo("Ministry of Unification");
    }
  }
}
