package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;

/** Which words are offered to the cue model, and where a cue's content is first looked for. */
class CueCandidatesTest {
  @Test
  void contentFollowsACueThatIntroducesAClause() {
    assertThat(seed("Officials believe the talks will resume .", "NNS VBP DT NNS MD VB .", "believe"))
        .isEqualTo("the talks will resume");
  }

  @Test
  void contentPrecedesACueThatClosesTheSentence() {
    assertThat(seed("The talks will resume , officials believe .", "DT NNS MD VB , NNS VBP .", "believe"))
        .isEqualTo("The talks will resume");
  }

  @Test
  void contentPrecedesACueFollowedOnlyBySettingWords() {
    assertThat(seed("`` We will win , '' she insisted in an interview .", "`` PRP MD VB , '' PRP VBD IN DT NN .", "insisted"))
        .isEqualTo("`` We will win , ''");
  }

  @Test
  void aParticipleTakesWhatFollowsIt() {
    assertThat(seed("He said it takes two , emphasizing the need for talks .",
        "PRP VBD PRP VBZ CD , VBG DT NN IN NNS .", "emphasizing"))
        .isEqualTo("the need for talks");
  }

  @Test
  void namesAndTheRulesOwnCuesAreNotOffered() {
    String words = "Kim hinted the plan would fail .";
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, "NNP VBD DT NN MD VB ."));
    assertThat(CueCandidates.find(words, List.of(s), List.of()))
        .extracting(c -> c.span().of(words))
        .containsExactly("hinted", "plan", "fail");
  }

  private static String seed(String words, String tags, String cue) {
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, tags));
    CueCandidates.Candidate c = CueCandidates.find(words, List.of(s), List.of()).stream()
        .filter(x -> x.span().of(words).equals(cue)).findFirst().orElseThrow();
    return CueCandidates.seedContent(c).of(words);
  }
}
