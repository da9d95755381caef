package verbatim.core.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A journalist may paste one sentence of a statement: its language must still be told. */
class OpenNlpLanguageGuesserTest {
  private static final OpenNlpLanguageGuesser GUESSER = new OpenNlpLanguageGuesser();

  @Test
  void oneSentenceIsEnoughInTheCommonLanguagesOfNews() {
    assertThat(GUESSER.guess("Senator Okafor told local reporters that the bridge would reopen in March.")).hasValue("en");
    assertThat(GUESSER.guess("“We will not sign this agreement,” she said on Monday.")).hasValue("en");
    assertThat(GUESSER.guess("Der Minister sagte, die Gespräche würden fortgesetzt.")).hasValue("de");
    assertThat(GUESSER.guess("Le ministre a déclaré que les négociations reprendraient.")).hasValue("fr");
    assertThat(GUESSER.guess("El ministro dijo que las conversaciones se reanudarían.")).hasValue("es");
  }

  @Test
  void namesAloneOrTooFewLettersTellNoLanguage() {
    assertThat(GUESSER.guess("Kim Jong Un met Trump in Hanoi.")).isEmpty();
    assertThat(GUESSER.guess("OK, thanks")).isEmpty();
  }
}
