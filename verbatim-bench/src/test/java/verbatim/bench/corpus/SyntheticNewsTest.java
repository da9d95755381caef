package verbatim.bench.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.json.AnalysisJson;
import verbatim.core.json.AnalysisReader;
import verbatim.core.model.Analysis;
import verbatim.core.model.Entity;
import verbatim.core.model.Mention;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.index.Corpus;
import verbatim.index.IngestMeta;
import verbatim.index.IngestResult;
import verbatim.index.IngestStatus;

class SyntheticNewsTest {
  private final SyntheticNews news = new SyntheticNews(1);

  @TempDir Path dir;

  @Test
  void anArticleIsTheSameWhateverWasMadeBeforeIt() {
    Analysis later = news.article(1234);
    new SyntheticNews(1).article(7);
    assertThat(new SyntheticNews(1).article(1234)).isEqualTo(later);
    assertThat(new SyntheticNews(2).article(1234)).isNotEqualTo(later);
  }

  @Test
  void everySpanPointsAtTheWordsItClaims() {
    for (int i = 0; i < 400; i++) {
      Analysis a = news.article(i * 37);
      String text = a.document().text();
      assertThat(a.document().article().paragraphs()).allSatisfy(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length()));
      for (Entity e : a.entities()) {
        assertThat(e.mentions()).isNotEmpty();
        for (Mention m : e.mentions()) {
          assertThat(m.span().of(text)).isEqualTo(m.text());
        }
      }
      for (Quote q : a.quotes()) {
        assertThat(String.join(" … ", q.parts().stream().map(p -> p.of(text)).toList())).isEqualTo(q.text());
        assertThat(q.cue().span().of(text)).isEqualTo(q.cue().text());
        Span said = q.speaker().span();
        assertThat(said.end()).isLessThanOrEqualTo(text.length());
        if (q.speaker() instanceof Speaker.Named n) {
          assertThat(a.entities()).extracting(Entity::id).contains(n.entity());
          assertThat(said.of(text)).isEqualTo(n.name());
        }
      }
      a.dates().forEach(d -> assertThat(d.span().of(text)).isEqualTo(d.text()).startsWith("on "));
    }
  }

  @Test
  void lengthsKindsAndPeopleLookLikeNews() {
    int[] words = IntStream.range(0, 300).map(i -> news.article(i).document().text().split("\\s+").length).sorted()
        .toArray();
    assertThat(words[0]).isGreaterThanOrEqualTo(290);
    assertThat(words[words.length - 1]).isLessThan(1700);
    assertThat(words[150]).isBetween(450, 900);
    Map<SyntheticNews.Kind, Integer> kinds = new EnumMap<>(SyntheticNews.Kind.class);
    IntStream.range(200, 10_200).forEach(i -> kinds.merge(news.kind(i), 1, Integer::sum));
    assertThat(kinds.get(SyntheticNews.Kind.REPUBLISHED)).isBetween(400, 600);
    assertThat(kinds.get(SyntheticNews.Kind.UPDATED)).isBetween(130, 270);
    assertThat(news.world().peopleCount()).isEqualTo(20_000);
  }

  @Test
  void theCorpusTakesCopiesAsDuplicatesAndUpdatesAsVersions() throws IOException {
    Map<IngestStatus, Integer> statuses = new EnumMap<>(IngestStatus.class);
    IngestMeta meta = IngestMeta.now("test");
    try (Corpus corpus = Corpus.open(dir)) {
      List<Analysis> batch = IntStream.range(0, 1500).mapToObj(news::article).toList();
      for (IngestResult r : corpus.addAll(batch, meta)) {
        statuses.merge(r.status(), 1, Integer::sum);
      }
    }
    long copies = IntStream.range(0, 1500).filter(i -> news.kind(i) == SyntheticNews.Kind.REPUBLISHED).count();
    long updates = IntStream.range(0, 1500).filter(i -> news.kind(i) == SyntheticNews.Kind.UPDATED).count();
    assertThat(statuses.getOrDefault(IngestStatus.NEW_VERSION, 0)).isEqualTo((int) updates);
    // a copy whose dropped sentences took too much of a short article may fall under 0.7
    assertThat(statuses.getOrDefault(IngestStatus.DUPLICATE, 0)).isBetween((int) (copies * 0.9), (int) copies);
  }

  @Test
  void articlesReadBackFromJsonAsTheyWere() throws IOException {
    Analysis a = news.article(4321);
    java.io.StringWriter json = new java.io.StringWriter();
    try (var g = new com.fasterxml.jackson.core.JsonFactory().createGenerator(json)) {
      AnalysisJson.write(a, g);
    }
    assertThat(AnalysisReader.read(json.toString())).isEqualTo(a);
  }
}
