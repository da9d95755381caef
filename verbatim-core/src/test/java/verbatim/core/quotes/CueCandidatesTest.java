package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

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

  @Test
  void withAParseContentIsThePhraseTheCueGoverns() {
    String words = "The mayor published the video on Friday , and aides released it .";
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, "DT NN VBD DT NN IN NNP , CC NNS VBD PRP ."));
    CueCandidates.Candidate c = CueCandidates.find(words, List.of(s), List.of()).stream()
        .filter(x -> x.span().of(words).equals("published")).findFirst().orElseThrow();
    assertThat(CueCandidates.seedContent(c).of(words)).isEqualTo("the video on Friday , and aides released it");
    // the: det of video; video: obj of published; on Friday: obl; the rest hangs on published
    int[] heads = {1, 2, Token.ROOT, 4, 2, 6, 2, 2, 10, 10, 2, 10, 2};
    String[] relations = {"det", "nsubj", "root", "det", "obj", "case", "obl", "punct", "cc", "nsubj", "conj", "obj",
        "punct"};
    assertThat(CueCandidates.seedContent(c, parsed(s, heads, relations)).of(words)).isEqualTo("the video");
    assertThat(CueCandidates.seedContent(c, s).of(words)).isEqualTo("the video on Friday , and aides released it");
  }

  @Test
  void whomACueAddressesIsNotWhatWasSaid() {
    // The boats were late , sources told reporters .
    assertThat(parsedSeed("The boats were late , sources told reporters .", "DT NNS VBD JJ , NNS VBD NNS .",
        new int[] {1, 3, 3, 6, 6, 6, Token.ROOT, 6, 6},
        new String[] {"det", "nsubj", "cop", "ccomp", "punct", "nsubj", "root", "obj", "punct"}, "told"))
        .isEqualTo("The boats were late");
    // She asked the mayor about the quota .
    assertThat(parsedSeed("She asked the mayor about the quota .", "PRP VBD DT NN IN DT NN .",
        new int[] {1, Token.ROOT, 3, 1, 6, 6, 1, 1},
        new String[] {"nsubj", "root", "det", "obj", "case", "det", "obl", "punct"}, "asked"))
        .isEqualTo("the quota");
  }

  /** The seed content of {@code cue} in a sentence parsed as given. */
  private static String parsedSeed(String words, String tags, int[] heads, String[] relations, String cue) {
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, tags));
    CueCandidates.Candidate c = CueCandidates.find(words, List.of(s), List.of()).stream()
        .filter(x -> x.span().of(words).equals(cue)).findFirst().orElseThrow();
    return CueCandidates.seedContent(c, parsed(s, heads, relations)).of(words);
  }

  /** The sentence with the given heads and relations on its tokens. */
  private static Sentence parsed(Sentence s, int[] heads, String[] relations) {
    List<Token> parsed = new ArrayList<>();
    for (int i = 0; i < s.tokens().size(); i++) {
      Token t = s.tokens().get(i);
      parsed.add(new Token(t.span(), t.text(), t.tag(), heads[i], relations[i]));
    }
    return new Sentence(s.span(), parsed);
  }

  private static String seed(String words, String tags, String cue) {
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, tags));
    CueCandidates.Candidate c = CueCandidates.find(words, List.of(s), List.of()).stream()
        .filter(x -> x.span().of(words).equals(cue)).findFirst().orElseThrow();
    return CueCandidates.seedContent(c).of(words);
  }
}
