package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.input.RawInput;
import verbatim.core.model.Analysis;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;

/**
 * Shapes of news copy the quote rules read with the real CoreNLP engine, each written here in
 * the form it takes in print.
 */
class NewsQuoteShapesTest {
  /** Enough plain English around each shape for the language guess to be sure of it. */
  private static final String SETTING = "The fishing season opened on Monday in the northern ports, and the boats went "
      + "out before dawn. Prices at the morning auction were higher than last year, and the harbour was full.\n\n";

  private Analysis analyze(String shape) {
    String body = SETTING + shape;
    AnalysisOptions options = new AnalysisOptions(AnalysisOptions.defaults().kind(), true, null,
        AnalysisOptions.defaults().publishers());
    Outcome outcome = Pipeline.standard(options, SharedEngine.english())
        .analyze(new RawInput("shapes", body.getBytes(StandardCharsets.UTF_8), null));
    return ((Outcome.Analyzed) outcome).analysis();
  }

  private static List<String> parts(Analysis analysis, Quote q) {
    String text = analysis.document().article().text();
    return q.parts().stream().map((Span s) -> s.of(text)).toList();
  }

  private static Quote containing(Analysis analysis, String words) {
    return analysis.quotes().stream().filter(q -> q.text().contains(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote with \"" + words + "\" in "
            + analysis.quotes().stream().map(Quote::text).toList()));
  }

  @Test
  void quotesOpenedWithTwoApostrophesAreReadLikeCurlyOnes() {
    Analysis a = analyze("The harbour is busier than it has been in years, Ms. Halloran said, ''and the fleet is "
        + "growing'' after the new quota. ''They are hiring again,'' she said. ''It is a good season.''\n");
    Quote hiring = containing(a, "They are hiring again");
    assertThat(parts(a, hiring)).containsExactly("''They are hiring again,''", "''It is a good season.''");
    assertThat(hiring.cue().text()).isEqualTo("said");
  }

  @Test
  void eachTurnOfAQuotedTranscriptIsItsSpeakersQuote() {
    Analysis a = analyze("Part of the interview follows:\n\n"
        + "\"HOST: Will the fleet go out tomorrow?\n\n"
        + "\"HALLORAN: It will. The forecast is calm.\n\n"
        + "\"And the buyers are waiting in the harbour.\n\n"
        + "\"(LAUGHTER.)\n\n"
        + "\"HOST: Then we wish you luck.\n\n"
        + "\"HALLORAN: Thank you.\"\n");
    Quote answer = containing(a, "It will.");
    assertThat(answer.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(answer.speaker().label()).isEqualTo("HALLORAN");
    assertThat(answer.cue().text()).isEqualTo(":");
    assertThat(parts(a, answer)).containsExactly("It will. The forecast is calm.",
        "And the buyers are waiting in the harbour.");
    assertThat(parts(a, containing(a, "Then we wish you luck"))).containsExactly("Then we wish you luck.");
    assertThat(parts(a, containing(a, "Thank you"))).containsExactly("Thank you.");
    // the marks opening every paragraph are the transcript's, not one quote of its own
    assertThat(a.quotes()).noneMatch(q -> q.text().contains("LAUGHTER"));
    assertThat(a.quotes()).hasSize(4);
  }

  @Test
  void whomItWasToldIsNotPartOfWhatWasSaid() {
    Analysis a = analyze("Senator Okafor told local reporters that the bridge would reopen in March.\n");
    Quote q = containing(a, "the bridge would reopen");
    assertThat(parts(a, q)).containsExactly("that the bridge would reopen in March");
  }

  @Test
  void aQuoteGoesOnAfterAnAttributionThatDescribesItsSpeaker() {
    Analysis a = analyze("\u201cI did not want to cross the owners,\u201d said one former deckhand, who said he left on "
        + "good terms. \u201cI could not afford a lawyer.\u201d\n");
    Quote q = containing(a, "I did not want to cross the owners");
    assertThat(parts(a, q)).containsExactly("\u201cI did not want to cross the owners,\u201d",
        "\u201cI could not afford a lawyer.\u201d");
  }

  @Test
  void whereAStanceWasTakenIsNotPartOfWhatItWasAbout() {
    Analysis a = analyze("Senator Okafor defended her support for the quota at a rally in the harbour town.\n");
    Quote q = containing(a, "her support for the quota");
    assertThat(parts(a, q)).containsExactly("her support for the quota");
  }

  @Test
  void aQuoteAfterAReportAndItsAttributionGoesOnWithTheReport() {
    Analysis a = analyze("The quota will hold until the spring survey is done, Ms. Halloran said. \u201cNobody wants "
        + "another year like the last one.\u201d\n");
    Quote q = containing(a, "The quota will hold");
    assertThat(parts(a, q)).containsExactly("The quota will hold until the spring survey is done",
        "\u201cNobody wants another year like the last one.\u201d");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(q.cue().text()).isEqualTo("said");
  }

  @Test
  void aLineThatEndsInAColonAttributesTheNextQuoteRatherThanTheLastOne() {
    Analysis a = analyze("\u201cThe boats are older than the men who sail them,\u201d said Ms. Halloran. "
        + "\u201cThat has to change.\u201d\n\nMs. Halloran continued:\n\n"
        + "\u201cWe will ask the council for a loan fund before the winter.\u201d\n");
    Quote q = containing(a, "The boats are older");
    assertThat(parts(a, q)).containsExactly("\u201cThe boats are older than the men who sail them,\u201d",
        "\u201cThat has to change.\u201d");
    Quote introduced = containing(a, "We will ask the council");
    assertThat(introduced.cue().text()).isEqualTo("continued");
    assertThat(introduced.speaker().span()).isNotNull();
    assertThat(a.document().article().text().substring(introduced.speaker().span().begin(),
        introduced.speaker().span().end())).isEqualTo("Ms. Halloran");
  }

  private static String speakerWords(Analysis a, Quote q) {
    Span span = q.speaker().span();
    assertThat(span).as("speaker span of %s", q.text()).isNotNull();
    return span.of(a.document().article().text());
  }

  @Test
  void aSpeakersApposition_setOffByCommasBeforeTheVerb_attributesTheQuote() {
    Analysis a = analyze("\u201cThe nets come back empty three days in four,\u201d Tomas Ferreira, a skipper from the "
        + "southern harbour, said on the radio.\n");
    Quote q = containing(a, "The nets come back empty");
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(speakerWords(a, q)).isEqualTo("Tomas Ferreira, a skipper from the southern harbour,");
  }

  @Test
  void aPartyAndStateInParenthesesBelongToTheSpeakersName() {
    Analysis a = analyze("\u201cThe quota is too low for the small boats,\u201d said Rep. Ada Morgan (D-Maine). "
        + "Sen. Paul Lind (R-Alaska) said the survey was out of date.\n");
    assertThat(speakerWords(a, containing(a, "The quota is too low"))).isEqualTo("Rep. Ada Morgan (D-Maine)");
    assertThat(speakerWords(a, containing(a, "the survey was out of date"))).isEqualTo("Sen. Paul Lind (R-Alaska)");
  }

  @Test
  void aHyphenInsideAWordDoesNotEndTheSourceOfAccordingTo() {
    Analysis a = analyze("The catch fell by a third, according to the industry-funded Harbour Institute.\n");
    Quote q = containing(a, "The catch fell by a third");
    assertThat(speakerWords(a, q)).isEqualTo("the industry-funded Harbour Institute");
  }

  @Test
  void aStanceItsSpeakerSaysHeHoldsIsPartOfWhatHeSaid() {
    Analysis a = analyze("Tomas Ferreira, an analyst at the harbour institute, said he thinks the council has stayed "
        + "vague on the details of the quota.\n");
    assertThat(a.quotes()).as("reports").extracting(q -> q.cue().text()).containsExactly("said");
    assertThat(parts(a, a.quotes().get(0)))
        .containsExactly("he thinks the council has stayed vague on the details of the quota");
  }

  @Test
  void aParticipleTheParserHangsOnANounReportsForTheSubjectOfItsClause() {
    Analysis a = analyze("The harbour master called on Tuesday for new moorings in the bay, as well, saying that the "
        + "old chains \"will not survive another winter.\"\n\n"
        + "Ms. Halloran was fined last year for her part in the protest and for saying that the quota system was "
        + "\"rigged against small boats.\"\n");
    Quote chains = containing(a, "will not survive");
    assertThat(chains.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(parts(a, chains)).containsExactly("that the old chains \"will not survive another winter.\"");
    assertThat(chains.cue().text()).isEqualTo("saying");
    assertThat(chains.speaker().span().of(a.document().article().text())).isEqualTo("The harbour master");
    Quote rigged = containing(a, "rigged against");
    assertThat(parts(a, rigged)).containsExactly("that the quota system was \"rigged against small boats.\"");
    assertThat(rigged.speaker().span().of(a.document().article().text())).isEqualTo("Ms. Halloran");
  }

  @Test
  void aReportRunsOnIntoTheQuoteThatClosesItsSentence() {
    Analysis a = analyze("She added that most of the catch went to the cannery, which is a problem because, "
        + "\u201cThe buyers pay less every week. We cannot live on that.\u201d\n");
    Quote q = containing(a, "most of the catch");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(parts(a, q)).containsExactly("that most of the catch went to the cannery, which is a problem because, "
        + "\u201cThe buyers pay less every week. We cannot live on that.\u201d");
    assertThat(a.quotes()).hasSize(1);
  }

  @Test
  void aSpeechParticipleAfterAPrepositionIsPartOfTheReportNotOneOfItsOwn() {
    Analysis a = analyze("Regulators said the owners had broadly defined these zones by adding a few poor streets to "
        + "richer districts so they could use the fund to build hotels.\n");
    Quote q = containing(a, "defined these zones");
    assertThat(parts(a, q)).containsExactly("the owners had broadly defined these zones by adding a few poor streets "
        + "to richer districts so they could use the fund to build hotels");
  }

  @Test
  void unquotedWordsOpeningAQuotesSentenceArePartOfWhatItsSpeakerSaid() {
    Analysis a = analyze("The new quota \"has made the season worth the fuel again,\" Ms. Halloran said on Monday.\n\n"
        + "\"We will see how long it lasts,\" she said.\n");
    Quote quota = containing(a, "worth the fuel");
    assertThat(quota.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(parts(a, quota)).containsExactly("The new quota \"has made the season worth the fuel again,\"");
    assertThat(parts(a, containing(a, "how long it lasts"))).containsExactly("\"We will see how long it lasts,\"");
  }

  @Test
  void aQuoteAfterThatIsDirectAndItsContentOpensAtThat() {
    Analysis a = analyze("The harbour master remarked that \u201cthe nets have never been this full.\u201d\n");
    Quote q = containing(a, "the nets have never been this full");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.text()).isEqualTo("the nets have never been this full.");
    assertThat(parts(a, q)).containsExactly("that \u201cthe nets have never been this full.\u201d");
  }

  @Test
  void aBeliefOutsideQuotesIsAPositionAndOneInsideIsTheSpeakersOwnWords() {
    Analysis a = analyze("Economists at the harbour institute believe the new quota will raise the price of cod.\n\n"
        + "\u201cI think the fleet will manage,\u201d Ms. Halloran said.\n");
    Quote belief = containing(a, "raise the price of cod");
    assertThat(belief.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(belief.cue().text()).isEqualTo("believe");
    assertThat(speakerWords(a, belief)).isEqualTo("Economists at the harbour institute");
    assertThat(parts(a, belief)).containsExactly("the new quota will raise the price of cod");
    Quote own = containing(a, "the fleet will manage");
    assertThat(own.cue().text()).isEqualTo("said");
    assertThat(a.quotes()).hasSize(2);
  }

  @Test
  void whatASpeakerIsReferringToIsWhatTheyTalkAbout() {
    Analysis a = analyze("Ms. Halloran thanked the crews on Monday, referring to the rescue of the trawler in March.\n");
    Quote q = containing(a, "the rescue of the trawler");
    assertThat(q.cue().text()).isEqualTo("referring to");
    assertThat(parts(a, q)).containsExactly("the rescue of the trawler in March");
    assertThat(speakerWords(a, q)).isEqualTo("Ms. Halloran");
  }
}
