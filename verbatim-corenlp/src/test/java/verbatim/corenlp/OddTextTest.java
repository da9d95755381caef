package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import verbatim.core.entities.DateResolver;
import verbatim.core.entities.EntityLinker;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;
import verbatim.core.model.Span;
import verbatim.core.nlp.EntityMention;
import verbatim.core.nlp.Linguistics;
import verbatim.core.nlp.Sentence;
import verbatim.core.quotes.RuleQuoteExtractor;

/**
 * Text that is not news prose must not crash or hang the language stages. The timeouts are hang
 * guards, set far above the time a correct run takes; speed is measured in verbatim-bench. They
 * run the test on a thread of its own: a busy loop ignores the interrupt of JUnit's default mode,
 * which would report the timeout only after the loop ended.
 */
class OddTextTest {
  private final Linguistics engine = SharedEngine.english();
  private final EntityLinker linker = new EntityLinker();

  private List<Entity> link(String text) {
    List<Sentence> sentences = engine.splitter().split(text);
    List<EntityMention> mentions = engine.recognizer().recognize(text, sentences);
    new DateResolver().resolve(text, sentences.stream().map(Sentence::span).toList(), java.time.LocalDate.of(2025, 2, 10));
    return linker.link(text, sentences, mentions);
  }

  @Test
  void aNameEndingOneLineDoesNotRunIntoTheNext() {
    String text = "\u201cThe harbour has not been this quiet in years.\u201d \u2015 Jacklyn Ashley\u00a0\n"
        + "\u201cTrump must stop portraying fishermen as idle.\u201d \u2015 Carla Sanchez\n";
    List<Sentence> sentences = engine.splitter().split(text);
    assertThat(engine.recognizer().recognize(text, sentences))
        .extracting(EntityMention::text)
        .allSatisfy(name -> assertThat(name).doesNotContain("\n"))
        .contains("Jacklyn Ashley");
  }

  @Test
  void emptyAndPunctuationOnly() {
    assertThat(link("")).isEmpty();
    assertThat(link(" \n\n ")).isEmpty();
    assertThat(link("… — ” “ ‘ ’ ;;; ... !!!")).isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aFiftyThousandWordSentence() {
    StringBuilder s = new StringBuilder();
    String[] words = {"President", "Trump", "said", "that", "the", "talks", "with", "Kim", "Jong", "Un", "in", "Seoul",
        "would", "go", "on", "and", "he", "said", "on", "Friday", "that", "Japan", "agreed"};
    for (int i = 0; i < 50_000; i++) {
      s.append(words[i % words.length]).append(i % 7 == 6 ? ", " : " ");
    }
    List<Entity> entities = link(s.toString());
    assertThat(entities).isNotEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void aWordOfAMillionLetters() {
    // an inline image or a key pasted without spaces: CoreNLP's entity features take every prefix
    // and suffix of a word, quadratic in its length (over ten minutes for this word before they
    // were bounded)
    String blob = "Ab9".repeat(350_000);
    List<Entity> entities = link("Mayor Anna Berg of Oslo posted this: " + blob + " and then said she was sorry.");
    assertThat(entities).extracting(Entity::name).contains("Anna Berg");
  }

  @Test
  void onlyCapitals() {
    List<Entity> entities = link("PRESIDENT TRUMP SAID ON FRIDAY THAT NORTH KOREA'S KIM JONG UN IS A GREAT ASSET. "
        + "THE WHITE HOUSE DID NOT COMMENT. US OFFICIALS WOULD NOT SAY WHEN THE NATIONAL ASSEMBLY MEETS.");
    assertThat(entities).allSatisfy(e -> assertThat(e.mentions()).isNotEmpty());
  }

  @Test
  void mixedScripts() {
    String text = "도널드 트럼프 미국 대통령은 7일(현지 시간) said President Trump. 金正恩 総書記は «Ким Чен Ын» "
        + "and Ishiba 石破茂 met at the White House. مرحبا 🙂 Ban Gil-joo 반길주 said.";
    List<Entity> entities = link(text);
    for (Entity e : entities) {
      e.mentions().forEach(m -> assertThat(m.span().of(text)).isEqualTo(m.text()));
    }
  }

  @Test
  void noSentenceEndsAnywhere() {
    String text = "trump kim ishiba biden kishida ".repeat(2000);
    assertThat(link(text)).allSatisfy(e -> assertThat(e.name()).isNotBlank());
    assertThat(new DateResolver().resolve(text, List.of(new Span(0, text.length())), null)).isEmpty();
  }

  @Test
  @Timeout(value = 120, unit = TimeUnit.SECONDS, threadMode = Timeout.ThreadMode.SEPARATE_THREAD)
  void quotesThatNeverCloseNestThreeDeepOrComeInThousands() {
    RuleQuoteExtractor quotes = new RuleQuoteExtractor();
    for (String text : List.of(
        "“This quote never closes, the senator said.\n\nAnd the next paragraph is narrative about the vote.",
        "“He told me ‘they called it «the plan» at once’ yesterday,” she said.",
        "“Yes,” he said. ".repeat(1000),
        "“" + "We will not stop. ".repeat(3000))) {
      List<Sentence> sentences = engine.splitter().split(text);
      List<Entity> entities = linker.link(text, sentences, engine.recognizer().recognize(text, sentences));
      List<Quote> found = quotes.extract(text, sentences, entities);
      assertThat(found).isNotEmpty();
      found.forEach(q -> q.parts().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length())));
    }
  }
}
