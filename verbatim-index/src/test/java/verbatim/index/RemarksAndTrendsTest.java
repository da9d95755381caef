package verbatim.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remarks group the reports of one utterance; trends find the phrases that rose. Real Lucene. */
class RemarksAndTrendsTest {
  @TempDir Path dir;

  @Test
  void oneUtteranceReportedInOtherWordsIsOneRemarkWithItsEarliestReport() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(Docs.text("Trump said: getting along well with him is a big asset to everybody, he told reporters.")
          .url("https://a.example.com/1").source("a.example.com").published("2025-02-08")
          .person("Donald Trump", "Trump", "he").quote("getting along well with him is a big asset to everybody", "Donald Trump", "Trump")
          .build(), Docs.META);
      corpus.add(Docs.text("Trump said it's a very big asset for everybody that I do get along with him, in an interview.")
          .url("https://b.example.org/2").source("b.example.org").published("2025-02-10")
          .person("Donald Trump", "Trump").quote("it's a very big asset for everybody that I do get along with him", "Donald Trump", "Trump")
          .build(), Docs.META);
      corpus.add(Docs.text("Trump said the tariffs on steel will start next month and will not be lifted.")
          .url("https://b.example.org/3").source("b.example.org").published("2025-02-09")
          .person("Donald Trump", "Trump").quote("the tariffs on steel will start next month", "Donald Trump", "Trump")
          .build(), Docs.META);
      corpus.add(Docs.text("Trump said getting along well with him is a big asset to everybody, again, a year on.")
          .url("https://a.example.com/4").source("a.example.com").published("2026-02-08")
          .person("Donald Trump", "Trump").quote("getting along well with him is a big asset to everybody", "Donald Trump", "Trump")
          .build(), Docs.META);

      RemarkResult result = corpus.remarks(RemarkQuery.by("Donald Trump"));
      assertThat(result.quotes()).isEqualTo(4);
      assertThat(result.total()).isEqualTo(3); // the tariff remark, and the asset remark twice: a year apart
      Remark asset = result.remarks().get(0);
      assertThat(asset.versions()).hasSize(2);
      assertThat(asset.sources()).isEqualTo(2);
      assertThat(asset.earliest().published()).startsWith("2025-02-08");
      assertThat(asset.earliest().source()).isEqualTo("a.example.com");
      assertThat(result.remarks().get(1).versions()).hasSize(1);
    }
  }

  @Test
  void differentSpeakersNeverShareARemark() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      corpus.add(Docs.text("Smith said the bridge will open in May as planned.").url("https://a.example.com/s")
          .published("2025-05-01").person("John Smith", "Smith").quote("the bridge will open in May as planned", "John Smith", "Smith")
          .build(), Docs.META);
      corpus.add(Docs.text("Jones said the bridge will open in May as planned.").url("https://a.example.com/j")
          .published("2025-05-01").person("Ann Jones", "Jones").quote("the bridge will open in May as planned", "Ann Jones", "Jones")
          .build(), Docs.META);
      RemarkResult all = corpus.remarks(new RemarkQuery(null, null, null, 7, 0.5, Page.FIRST));
      assertThat(all.total()).isEqualTo(2);
    }
  }

  @Test
  void aPhraseThatRoseIsATrendAndASitesFurnitureIsNot() throws IOException {
    try (Corpus corpus = Corpus.open(dir)) {
      for (int i = 0; i < 8; i++) {
        String day = LocalDate.of(2025, 1, 5 + i).toString();
        corpus.add(Docs.text("Talks continued in the capital. Officials discussed harbour fees. Read more at Harbour Daily.")
            .url("https://h.example.com/jan/" + i).source("h.example.com").published(day).build(), Docs.META);
      }
      for (int i = 0; i < 8; i++) {
        String day = LocalDate.of(2025, 2, 5 + i).toString();
        String extra = i < 6 ? " Ministers called for complete denuclearization of the peninsula." : "";
        corpus.add(Docs.text("Talks continued in the capital." + extra + " Read more at Harbour Daily.")
            .url("https://h.example.com/feb/" + i).source("h.example.com").published(day).build(), Docs.META);
      }
      TrendResult result = corpus.trends(new TrendQuery(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 2, 28), List.of(), null, 10));
      assertThat(result.texts()).isEqualTo(8);
      assertThat(result.previousTexts()).isEqualTo(8);
      assertThat(result.previousFrom()).isEqualTo(LocalDate.of(2025, 1, 4));
      List<String> phrases = result.phrases().stream().map(Trend::phrase).toList();
      // every phrase of the new sentence rose alike (6 texts of 8 against none); the sentence's words lead
      assertThat(phrases).contains("complete denuclearization");
      assertThat(result.phrases()).allSatisfy(t -> assertThat(t.documents()).isEqualTo(6))
          .allSatisfy(t -> assertThat(t.logLikelihood()).isGreaterThan(10.83));
      assertThat(phrases).noneMatch(p -> p.contains("harbour daily")).noneMatch(p -> p.contains("talks"));
    }
  }

  @Test
  void logLikelihoodIsZeroWhenNothingChanged() {
    assertThat(Trends.logLikelihood(10, 10, 100, 100)).isEqualTo(0.0);
    assertThat(Trends.logLikelihood(20, 2, 100, 100)).isGreaterThan(15);
  }
}
