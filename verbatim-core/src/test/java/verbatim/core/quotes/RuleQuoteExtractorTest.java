package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;

/**
 * The extractor without a parser (a tokenizer-less run gives it no sentences): quote marks alone
 * must still give terms and unattributed quotes, and odd inputs must not blow up.
 */
class RuleQuoteExtractorTest {
  private final RuleQuoteExtractor extractor = new RuleQuoteExtractor();

  @Test
  void withoutSentencesQuotesAreStillFound() {
    String text = "Officials called it a “historic step” in talks. “We will not rush anything, and nobody should expect a deal soon.”";
    List<Quote> quotes = extractor.extract(text, List.of(), List.of());
    assertThat(quotes).extracting(Quote::kind).containsExactly(QuoteKind.TERM, QuoteKind.DIRECT);
    assertThat(quotes.get(1).rule()).isEqualTo("quote without attribution");
  }

  @Test
  void oddInputsFinishAndStayInsideTheText() {
    for (String text : List.of("", "“", "”", "‘’“”«»", "“" + "a ".repeat(50_000), "“Yes,” he said. ".repeat(1000),
        "“One ‘two «three “four” three» two’ one.”")) {
      List<Quote> quotes = extractor.extract(text, List.of(), List.of());
      quotes.forEach(q -> q.parts().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length())));
    }
  }
}
