package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

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

  @Test
  void aReportingVerbTheParserMadeTheClausesSubjectStillReportsTheClause() {
    // the parse CoreNLP gives "said Democrats and the media are to blame": "said" the clausal subject of "blame"
    String words = "The governor said fishermen and the buyers are to blame for the delays .";
    List<Token> tokens = TaggedTokens.parsed(words, "DT NN VBD NNS CC DT NNS VBP TO VB IN DT NNS .",
        "1 2 9 2 6 6 3 9 9 -1 12 12 9 9", "det nsubj csubj obj cc det conj cop mark root case det obl punct");
    List<Quote> quotes = extractor.extract(words, List.of(new Sentence(new Span(0, words.length()), tokens)), List.of());
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).parts().get(0).of(words)).isEqualTo("fishermen and the buyers are to blame for the delays");
    assertThat(quotes.get(0).cue().text()).isEqualTo("said");
    assertThat(quotes.get(0).speaker().span().of(words)).isEqualTo("The governor");
  }
}
