package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which sentences the engine tags and parses for the quote extractor. */
class AttributionCandidatesTest {
  private final AttributionCandidates candidates = new AttributionCandidates();

  private boolean needsParse(String words, String tags) {
    return candidates.needsParse(List.of(words.split(" ")), List.of(tags.split(" ")));
  }

  @Test
  void aCueVerbOutsideQuotesIsParsed() {
    assertThat(needsParse("Smith , who led the talks , said Jones was wrong .", "NNP , WP VBD DT NNS , VBD NNP VBD JJ .")).isTrue();
  }

  @Test
  void aCueWordUsedAsANounIsNot() {
    assertThat(needsParse("The report was released on Tuesday after the vote .", "DT NN VBD VBN IN NNP IN DT NN .")).isFalse();
  }

  @Test
  void theSpeakersOwnWordsAreNot() {
    assertThat(needsParse("“ I said it before , and I say it again . ”", "`` PRP VBD PRP RB , CC PRP VBP PRP RB . ''")).isFalse();
  }

  @Test
  void aQuoteThenItsSpeakerIsNot() {
    assertThat(needsParse("“ We will win , ” the senator said .", "`` PRP MD VB , '' DT NN VBD .")).isFalse();
    assertThat(needsParse("“ We will win , ” said Mr. Smith , a senator .", "`` PRP MD VB , '' VBD NNP NNP , DT NN .")).isFalse();
  }

  @Test
  void aSecondReportAfterTheQuoteIs() {
    assertThat(needsParse("“ We will win , ” she said , adding that polls were wrong .",
        "`` PRP MD VB , '' PRP VBD , VBG IN NNS VBD JJ .")).isTrue();
  }

  @Test
  void aSentenceWithoutACueWordIsTaggedOnlyForALearnedModel() {
    List<String> words = List.of("The", "minister", "looked", "upbeat", "after", "the", "match", ".");
    assertThat(candidates.needsTags(words)).isFalse();
    assertThat(AttributionCandidates.forLearnedCues().needsTags(words)).isTrue();
    assertThat(AttributionCandidates.forLearnedCues().needsParse(words, List.of("DT", "NN", "VBD", "JJ", "IN", "DT", "NN", ".")))
        .as("no cue verb of the rules: the model's report parses its sentence itself").isFalse();
  }

  @Test
  void quotedTokensFollowTheTaggersMarks() {
    boolean[] inside = QuotedTokens.inside(List.of("He", "said", "“", "no", "”", "."), List.of("PRP", "VBD", "``", "DT", "''", "."));
    assertThat(inside).containsExactly(false, false, false, true, false, false);
  }
}
