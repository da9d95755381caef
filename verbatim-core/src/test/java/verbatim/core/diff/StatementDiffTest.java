package verbatim.core.diff;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;

/** Two short joint statements of my own, one sentence of each status, read the way an analyst would. */
class StatementDiffTest {
  static final String FIRST = """
      The Presidents of the United States and the Republic of Korea met in Washington on Jan. 20 to review the alliance.

      Both leaders reaffirmed their commitment to the complete denuclearization of North Korea. They agreed to expand joint exercises.

      The two sides will hold a ministerial meeting in Seoul before the end of the year. Mr. Kim of the U.S. delegation thanked the hosts for their hospitality.
      """;
  static final String SECOND = """
      The Presidents of the United States and the Republic of Korea met in Washington on Jan. 20 to review the alliance.

      Both leaders reaffirmed their commitment to the denuclearization of the Korean Peninsula.

      Mr. Kim of the U.S.   delegation thanked the hosts for their hospitality. The leaders welcomed new investment in shipbuilding and nuclear energy. They agreed to expand joint exercises.
      """;

  private final StatementDiff diff = new StatementDiff();

  private Comparison compare(String a, String b) {
    return diff.compare(Statement.of("a", a), Statement.of("b", b));
  }

  @Test
  void eachSentenceGetsItsStatusInReadingOrder() {
    Comparison c = compare(FIRST, SECOND);
    assertThat(c.sentences()).extracting(SentencePair::status).containsExactly(
        SentenceStatus.KEPT, SentenceStatus.REWORDED, SentenceStatus.REMOVED, SentenceStatus.KEPT,
        SentenceStatus.ADDED, SentenceStatus.MOVED);
    assertThat(c.counts()).isEqualTo(new Counts(2, 1, 1, 1, 1));
    SentencePair moved = c.sentences().get(5);
    assertThat(moved.a().text()).isEqualTo("They agreed to expand joint exercises.");
    assertThat(moved.a().index()).isEqualTo(2);
    assertThat(moved.b().index()).isEqualTo(4);
    assertThat(moved.reworded()).isFalse();
    assertThat(c.sentences().get(2).a().text()).startsWith("The two sides will hold");
    assertThat(c.sentences().get(4).b().text()).startsWith("The leaders welcomed");
  }

  @Test
  void whiteSpaceAloneDoesNotRewordASentence() {
    SentencePair kept = compare(FIRST, SECOND).sentences().get(3);
    assertThat(kept.status()).isEqualTo(SentenceStatus.KEPT);
    assertThat(kept.b().text()).contains("U.S.   delegation");
    assertThat(kept.edits()).isEmpty();
    assertThat(kept.similarity()).isEqualTo(1.0);
  }

  @Test
  void rewordedSentenceHasWordEditsWithOffsetsIntoEachText() {
    SentencePair reworded = compare(FIRST, SECOND).sentences().get(1);
    assertThat(reworded.similarity()).isBetween(0.7, 0.8);
    assertThat(reworded.a().paragraph()).isEqualTo(1);
    List<WordEdit> edits = reworded.edits();
    assertThat(edits).extracting(WordEdit::type).containsExactly(WordEdit.Type.DELETE, WordEdit.Type.REPLACE);
    WordEdit delete = edits.get(0);
    assertThat(delete.a().of(FIRST)).isEqualTo("complete").isEqualTo(delete.removed());
    assertThat(delete.b().length()).isZero();
    assertThat(SECOND.substring(delete.b().begin() - 4, delete.b().begin())).isEqualTo(" the");
    WordEdit replace = edits.get(1);
    assertThat(replace.a().of(FIRST)).isEqualTo("North Korea");
    assertThat(replace.b().of(SECOND)).isEqualTo("the Korean Peninsula").isEqualTo(replace.added());
    assertThat(reworded.a().span().of(FIRST)).isEqualTo(reworded.a().text());
  }

  @Test
  void summaryNamesPhrasesDroppedAndAddedMostSignificantFirst() {
    Comparison c = compare(FIRST, SECOND);
    assertThat(c.dropped()).extracting(Phrase::text)
        .containsExactly("complete denuclearization", "North Korea", "two sides", "ministerial meeting");
    assertThat(c.dropped().get(0).normalized()).isEqualTo("complete denuclearization");
    assertThat(c.dropped().get(0).spans()).singleElement()
        .satisfies(s -> assertThat(s.of(FIRST)).isEqualTo("complete denuclearization"));
    assertThat(c.added()).extracting(Phrase::text).startsWith("Korean Peninsula").contains("nuclear energy");
    assertThat(c.added().get(0).spans().get(0).of(SECOND)).isEqualTo("Korean Peninsula");
  }

  @Test
  void aPhraseStillSaidElsewhereWasNotDropped() {
    String a = "We seek the complete denuclearization of North Korea. Talks with North Korea go on.";
    String b = "We seek the denuclearization of the Korean Peninsula. Talks with North Korea go on.";
    assertThat(compare(a, b).dropped()).extracting(Phrase::text).containsExactly("complete denuclearization");
  }

  @Test
  void aPhraseOfARewrittenSentenceCountsAsDropped() {
    String a = "Both sides remain committed to the complete denuclearization of North Korea.";
    String b = "The two governments discussed regional security at length.";
    Comparison c = compare(a, b);
    assertThat(c.sentences()).extracting(SentencePair::status)
        .containsExactly(SentenceStatus.REMOVED, SentenceStatus.ADDED);
    assertThat(c.dropped()).extracting(Phrase::normalized)
        .containsExactly("sides remain committed", "complete denuclearization", "north korea");
    assertThat(c.added()).extracting(Phrase::normalized).contains("two governments discussed regional security");
  }

  @Test
  void koreanStatementsAreComparedWordByWord() {
    String a = "양국 정상은 한반도의 완전한 비핵화를 위한 공동의 노력을 재확인했다. 양측은 경제 협력을 확대하기로 합의했다.";
    String b = "양국 정상은 한반도 비핵화를 위한 공동의 노력을 재확인했다. 양측은 경제 협력을 확대하기로 합의했다. "
        + "양측은 다음 회담을 서울에서 열기로 했다.";
    Comparison c = compare(a, b);
    assertThat(c.sentences()).extracting(SentencePair::status)
        .containsExactly(SentenceStatus.REWORDED, SentenceStatus.KEPT, SentenceStatus.ADDED);
    WordEdit edit = c.sentences().get(0).edits().get(0);
    assertThat(edit.type()).isEqualTo(WordEdit.Type.REPLACE);
    assertThat(edit.a().of(a)).isEqualTo("한반도의 완전한");
    assertThat(edit.b().of(b)).isEqualTo("한반도");
    assertThat(c.dropped()).extracting(Phrase::text).containsExactly("한반도의 완전한");
  }

  @Test
  void emptyAndIdenticalVersions() {
    Comparison empty = compare("", "  \n");
    assertThat(empty.sentences()).isEmpty();
    assertThat(empty.counts()).isEqualTo(new Counts(0, 0, 0, 0, 0));
    assertThat(empty.dropped()).isEmpty();
    assertThat(empty.added()).isEmpty();

    Comparison same = compare(FIRST, FIRST);
    assertThat(same.sentences()).allSatisfy(p -> assertThat(p.status()).isEqualTo(SentenceStatus.KEPT));
    assertThat(same.counts().unchanged()).isTrue();
    assertThat(same.dropped()).isEmpty();

    Comparison gone = compare(FIRST, "");
    assertThat(gone.sentences()).hasSize(5).allSatisfy(p -> assertThat(p.status()).isEqualTo(SentenceStatus.REMOVED));
  }

  @Test
  void offsetsOfEveryRowAndEditPointIntoTheirOwnText() {
    Comparison c = compare(FIRST, SECOND);
    for (SentencePair p : c.sentences()) {
      if (p.a() != null) {
        assertThat(p.a().span().of(FIRST)).isEqualTo(p.a().text());
      }
      if (p.b() != null) {
        assertThat(p.b().span().of(SECOND)).isEqualTo(p.b().text());
      }
      for (WordEdit e : p.edits()) {
        assertThat(e.a().of(FIRST)).isEqualTo(e.removed());
        assertThat(e.b().of(SECOND)).isEqualTo(e.added());
      }
    }
    for (Phrase dropped : c.dropped()) {
      for (Span s : dropped.spans()) {
        assertThat(s.of(FIRST).replaceAll("\\s+", " ")).isEqualTo(dropped.text());
      }
    }
  }
}
