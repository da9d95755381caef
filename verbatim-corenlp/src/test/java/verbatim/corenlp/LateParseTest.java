package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import verbatim.core.nlp.ParseNeed;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * A sentence the splitter tagged but did not parse, parsed afterwards for the learned quote layer,
 * gets the arcs the splitter would have given it.
 */
class LateParseTest {
  /** Tags every sentence; parses those that open with "Yes". */
  private static final ParseNeed YES_ONLY = new ParseNeed() {
    @Override
    public boolean needsTags(List<String> words) {
      return true;
    }

    @Override
    public boolean needsParse(List<String> words, List<String> tags) {
      return words.get(0).equals("Yes");
    }
  };

  private static CoreNlpSentenceSplitter splitter;

  @BeforeAll
  static void load() {
    splitter = new CoreNlpSentenceSplitter(YES_ONLY);
  }

  @Test
  void aSentenceParsedLateGetsTheArcsOfOneParsedWhenSplit() {
    List<Sentence> sentences = splitter.split("Yes, the harbour master hinted that the quota would be cut in the spring. "
        + "No, the harbour master hinted that the quota would be cut in the spring.");
    assertThat(sentences).hasSize(2);
    Sentence early = sentences.get(0);
    Sentence late = sentences.get(1);
    assertThat(early.tokens().get(0).parsed()).isTrue();
    assertThat(late.tokens().get(0).parsed()).isFalse();
    Sentence parsed = splitter.parse(late);
    assertThat(parsed.span()).isEqualTo(late.span());
    assertThat(parsed.tokens()).extracting(Token::span).isEqualTo(late.tokens().stream().map(Token::span).toList());
    assertThat(parsed.tokens()).extracting(Token::head).isEqualTo(early.tokens().stream().map(Token::head).toList());
    assertThat(parsed.tokens()).extracting(Token::relation)
        .isEqualTo(early.tokens().stream().map(Token::relation).toList());
  }

  @Test
  void aParsedOrUntaggedSentenceIsLeftAsItIs() {
    Sentence early = splitter.split("Yes, the quota would be cut in the spring.").get(0);
    assertThat(splitter.parse(early)).isSameAs(early);
    Sentence untagged = new CoreNlpSentenceSplitter().split("The quota would be cut in the spring.").get(0);
    assertThat(splitter.parse(untagged)).isSameAs(untagged);
  }
}
