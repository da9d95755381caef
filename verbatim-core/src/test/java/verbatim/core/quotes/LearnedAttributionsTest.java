package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import opennlp.tools.ml.model.Event;
import opennlp.tools.ml.model.MaxentModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.nlp.QuoteExtractor;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.SentenceParser;
import verbatim.core.nlp.Token;

/**
 * The learned layer over the rules, with real OpenNLP models trained here on a few sentences
 * written for the test: "hinted", which no rule knows, reports what follows it, and its content
 * stops before ", citing …". Those are the two things the model must carry over to sentences it
 * has not seen.
 */
class LearnedAttributionsTest {
  private static final String[][] TRAINING = {
      {"The mayor hinted the bridge would open in May , citing progress .", "DT NN VBD DT NN MD VB IN NNP , VBG NN ."},
      {"Aides hinted the vote could slip to June , citing delays .", "NNS VBD DT NN MD VB TO NNP , VBG NNS ."},
      {"The union hinted a strike was likely , citing the talks .", "DT NN VBD DT NN VBD JJ , VBG DT NNS ."},
      {"The mayor opened the bridge in May .", "DT NN VBD DT NN IN NNP ."},
      {"Aides walked to the vote in June .", "NNS VBD TO DT NN IN NNP ."},
      {"The union held a strike for a week .", "DT NN VBD DT NN IN DT NN ."},
  };

  private static AttributionModel model;

  @BeforeAll
  static void train() throws IOException {
    List<Event> cues = new ArrayList<>();
    List<Event> begins = new ArrayList<>();
    List<Event> ends = new ArrayList<>();
    // each sentence alone, and all of them as one article, where a report's candidates reach into
    // the sentences around it as they do in real news
    List<Document> documents = new ArrayList<>();
    for (String[] example : TRAINING) {
      documents.add(Document.of(example));
    }
    documents.add(Document.of(TRAINING));
    for (Document d : documents) {
      EdgeCandidates edges = new EdgeCandidates(d.text, d.sentences);
      for (CueCandidates.Candidate c : CueCandidates.find(d.text, d.sentences, List.of())) {
        boolean cue = c.span().of(d.text).equals("hinted");
        cues.add(new Event(cue ? AttributionModel.YES : AttributionModel.NO, c.features()));
        if (cue) {
          Quote seed = seed(d.text, c);
          int begin = c.span().end() + 1;
          int end = d.text.indexOf(" ,", c.span().end());
          label(begins, edges.begins(seed), begin);
          label(ends, edges.ends(seed), end);
        }
      }
    }
    model = new AttributionModel(train(cues), 0.5, 0.2, train(begins), train(ends));
  }

  @Test
  void aCueNoRuleKnowsIsFoundAndItsContentStopsWhereTheModelLearnt() {
    Document d = Document.of(new String[] {"The governor hinted the tunnel would close in June , citing repairs .",
        "DT NN VBD DT NN MD VB IN NNP , VBG NNS ."});
    List<Quote> rulesAlone = new RuleQuoteExtractor().extract(d.text, d.sentences, List.of());
    assertThat(rulesAlone).isEmpty();

    List<Quote> quotes = new LearnedAttributions(new RuleQuoteExtractor(), model).extract(d.text, d.sentences, List.of());

    assertThat(quotes).hasSize(1);
    Quote q = quotes.get(0);
    assertThat(q.cue().text()).isEqualTo("hinted");
    assertThat(q.rule()).isEqualTo(CueCandidates.RULE);
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.parts()).hasSize(1);
    assertThat(q.parts().get(0).of(d.text)).isEqualTo("the tunnel would close in June");
    assertThat(q.text()).isEqualTo("the tunnel would close in June");
    assertThat(q.id()).isEqualTo("q1");
  }

  @Test
  void aLearnedReportIsKeptOnlyFromTheReportThresholdUp() {
    Document d = Document.of(new String[] {"The governor hinted the tunnel would close in June , citing repairs .",
        "DT NN VBD DT NN MD VB IN NNP , VBG NNS ."});
    double confidence = new LearnedAttributions(new RuleQuoteExtractor(), model)
        .extract(d.text, d.sentences, List.of()).get(0).confidence();
    // the cue's probability times each edge's share: below the cue's probability alone
    assertThat(confidence).isGreaterThan(model.reportThreshold()).isLessThan(1);

    assertThat(new LearnedAttributions(new RuleQuoteExtractor(), model.withThresholds(0.5, confidence - 0.01))
        .extract(d.text, d.sentences, List.of())).hasSize(1);
    assertThat(new LearnedAttributions(new RuleQuoteExtractor(), model.withThresholds(0.5, confidence + 0.01))
        .extract(d.text, d.sentences, List.of())).isEmpty();
  }

  @Test
  void quotedWordsInsideALearnedReportAreItsQuotedWordsNotATerm() {
    Document d = Document.of(new String[] {"The mayor hinted the \u201c small deal \u201d was off , citing talks .",
        "DT NN VBD DT `` JJ NN '' VBD RP , VBG NNS ."});
    List<Quote> rules = new RuleQuoteExtractor().extract(d.text, d.sentences, List.of());
    assertThat(rules).extracting(Quote::kind).containsExactly(QuoteKind.TERM);
    List<Quote> quotes = new LearnedAttributions(new RuleQuoteExtractor(), model).extract(d.text, d.sentences, List.of());
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).kind()).isEqualTo(QuoteKind.PARTIAL);
    assertThat(quotes.get(0).parts().get(0).of(d.text)).isEqualTo("the \u201c small deal \u201d was off");
  }

  @Test
  void aTermInsideADirectQuoteStaysATerm() {
    String text = "\u201cThey want a \u2018small deal\u2019 and nothing more,\u201d she said.";
    Span direct = new Span(0, text.indexOf(",\u201d") + 2);
    Span term = new Span(text.indexOf('\u2018'), text.indexOf('\u2019') + 1);
    Quote said = new Quote("q1", QuoteKind.DIRECT, direct.of(text), List.of(direct), new Speaker.Unknown(), null,
        "rule", 0.9);
    Quote named = new Quote("q2", QuoteKind.TERM, term.of(text), List.of(term), new Speaker.Unknown(), null,
        "quoted term", 0.7);
    assertThat(LearnedAttributions.withoutTermsInReports(text, List.of(said, named))).containsExactly(said, named);
    Quote reported = new Quote("q1", QuoteKind.INDIRECT, direct.of(text), List.of(direct), new Speaker.Unknown(), null,
        "rule", 0.9);
    assertThat(LearnedAttributions.withoutTermsInReports(text, List.of(reported, named)))
        .extracting(Quote::kind).containsExactly(QuoteKind.PARTIAL);
  }

  @Test
  void theSentenceOfALearnedReportIsParsedAndItsSubjectIsTheSpeaker() {
    Document d = Document.of(new String[] {"The inspector hinted the dam would hold in April , citing tests .",
        "DT NN VBD DT NN MD VB IN NNP , VBG NNS ."});
    List<Sentence> asked = new ArrayList<>();
    SentenceParser parser = sentence -> {
      asked.add(sentence);
      return subjectVerbParse(sentence);
    };
    List<Quote> quotes = new LearnedAttributions(new RuleQuoteExtractor(), model, parser)
        .extract(d.text, d.sentences, List.of());
    assertThat(asked).containsExactly(d.sentences.get(0));
    assertThat(quotes).hasSize(1);
    assertThat(quotes.get(0).speaker()).isNotInstanceOf(Speaker.Unknown.class);
    assertThat(quotes.get(0).speaker().span().of(d.text)).isEqualTo("The inspector");
    Quote unparsed = new LearnedAttributions(new RuleQuoteExtractor(), model).extract(d.text, d.sentences, List.of()).get(0);
    assertThat(unparsed.speaker()).isInstanceOf(Speaker.Unknown.class);
  }

  @Test
  void anEdgeNeverMovesAcrossTheReportsOwnCue() throws IOException {
    // a begin model that learnt to take the whole sentence, the cue and its speaker too
    List<Event> begins = new ArrayList<>();
    for (String[] example : TRAINING) {
      Document d = Document.of(example);
      EdgeCandidates edges = new EdgeCandidates(d.text, d.sentences);
      for (CueCandidates.Candidate c : CueCandidates.find(d.text, d.sentences, List.of())) {
        if (c.span().of(d.text).equals("hinted")) {
          label(begins, edges.begins(seed(d.text, c)), 0);
        }
      }
    }
    AttributionModel wholeSentence = new AttributionModel(model.cue(), 0.5, 0.2, train(begins), model.end());
    Document d = Document.of(new String[] {"The council hinted the levy would rise in June , citing costs .",
        "DT NN VBD DT NN MD VB IN NNP , VBG NNS ."});
    Span content = new Span(d.text.indexOf("the levy"), d.text.indexOf(" ,"));
    Span cue = new Span(d.text.indexOf("hinted"), d.text.indexOf("hinted") + "hinted".length());
    QuoteExtractor rules = (text, sentences, entities) -> List.of(new Quote("q1", QuoteKind.INDIRECT, content.of(text),
        List.of(content), new Speaker.Unknown(), new Cue(cue, cue.of(text)), "a rule", 0.8));
    Quote moved = new LearnedAttributions(rules, wholeSentence).extract(d.text, d.sentences, List.of())
        .get(0);
    assertThat(moved.parts().get(0).begin()).isGreaterThanOrEqualTo(cue.end());
    assertThat(AttributionModel.score(wholeSentence.begin(), new EdgeCandidates(d.text, d.sentences).begins(
        moved).get(0).features())).as("the model itself prefers the sentence's start").isGreaterThan(0.5);
  }

  @Test
  void aQuotesEndNeverMovesAcrossTheVerbOfItsAttribution() throws IOException {
    // an end model that learnt to run every quote on to the end of its sentence, attribution and all
    String[][] quotes = {
        {"\u201c The bridge opens in May , \u201d the mayor said on Monday .", "`` DT NN VBZ IN NNP , '' DT NN VBD IN NNP ."},
        {"\u201c The vote can wait , \u201d aides said in June .", "`` DT NN MD VB , '' NNS VBD IN NNP ."}};
    List<Event> ends = new ArrayList<>();
    for (String[] example : quotes) {
      Document d = Document.of(example);
      Span quote = new Span(0, d.text.indexOf("\u201d") + 1);
      Quote q = new Quote("q", QuoteKind.DIRECT, quote.of(d.text), List.of(quote), new Speaker.Unknown(), null, "a rule", 0.8);
      label(ends, new EdgeCandidates(d.text, d.sentences).ends(q), d.text.lastIndexOf(" ."));
    }
    AttributionModel toSentenceEnd = new AttributionModel(model.cue(), 0.5, 0.2, model.begin(), train(ends));
    Document d = Document.of(new String[] {"\u201c The levy will rise , \u201d the council said in March .",
        "`` DT NN MD VB , '' DT NN VBD IN NNP ."});
    Span quote = new Span(0, d.text.indexOf("\u201d") + 1);
    QuoteExtractor rules = (text, sentences, entities) -> List.of(new Quote("q1", QuoteKind.DIRECT, quote.of(text),
        List.of(quote), new Speaker.Unknown(), null, "a rule", 0.8));
    Quote moved = new LearnedAttributions(rules, toSentenceEnd).extract(d.text, d.sentences, List.of()).get(0);
    assertThat(moved.parts().get(0).end()).isLessThanOrEqualTo(d.text.indexOf("said"));
    EdgeCandidates.Candidate sentenceEnd = new EdgeCandidates(d.text, d.sentences).ends(moved).stream()
        .filter(c -> c.offset() == d.text.lastIndexOf(" .")).findFirst().orElseThrow();
    assertThat(AttributionModel.score(toSentenceEnd.end(), sentenceEnd.features()))
        .as("the model itself prefers the sentence's end").isGreaterThan(0.5);
  }

  @Test
  void aSentenceWithoutTheCueGivesNothing() {
    Document d = Document.of(new String[] {"The governor closed the tunnel in June .", "DT NN VBD DT NN IN NNP ."});
    assertThat(new LearnedAttributions(new RuleQuoteExtractor(), model).extract(d.text, d.sentences, List.of())).isEmpty();
  }

  @Test
  void aThousandReportsInOneDocumentAreEachFound() {
    String[] one = {"The governor hinted the tunnel would close in June , citing repairs .",
        "DT NN VBD DT NN MD VB IN NNP , VBG NNS ."};
    String[][] many = new String[1000][];
    java.util.Arrays.fill(many, one);
    Document d = Document.of(many);
    List<Quote> quotes = new LearnedAttributions(new RuleQuoteExtractor(), model).extract(d.text, d.sentences, List.of());
    assertThat(quotes).hasSize(1000);
    assertThat(quotes.get(999).parts().get(0).of(d.text)).isEqualTo("the tunnel would close in June");
    assertThat(quotes.get(999).id()).isEqualTo("q1000");
  }

  @Test
  void theModelComesBackFromItsFileAsItWent(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("quotes.model");
    model.withThresholds(0.6, 0.3).save(file);
    AttributionModel loaded = AttributionModel.load(file);
    assertThat(loaded.cueThreshold()).isEqualTo(0.6);
    assertThat(loaded.reportThreshold()).isEqualTo(0.3);
    String[] features = {"w=hinted", "t=VBD"};
    assertThat(AttributionModel.score(loaded.cue(), features)).isEqualTo(AttributionModel.score(model.cue(), features));
    assertThat(Files.list(dir)).containsExactly(file);
  }

  @Test
  void aFileThatIsNoModelIsRefusedByName(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("notes.txt");
    Files.writeString(file, "not a model");
    assertThatThrownBy(() -> AttributionModel.load(file))
        .isInstanceOf(IOException.class)
        .hasMessageContaining(file.toString())
        .hasMessageContaining("is not a quote model");
  }

  @Test
  void edgesScoredFromTheirFeaturesPartsScoreAsTheFeaturesTheModelLearntFrom() {
    // the training sentences as one article, the first parsed so that the parse's phrases are described too
    Document d = Document.of(TRAINING);
    List<Sentence> sentences = new ArrayList<>(d.sentences);
    sentences.set(0, subjectVerbParse(sentences.get(0)));
    EdgeCandidates edges = new EdgeCandidates(d.text, sentences);
    FeatureWeights begin = FeatureWeights.of(model.begin());
    FeatureWeights end = FeatureWeights.of(model.end());
    Span quoted = new Span(d.text.indexOf("the bridge"), d.text.indexOf(" , citing progress"));
    List<Quote> quotes = new ArrayList<>(List.of(new Quote("q", QuoteKind.DIRECT, quoted.of(d.text), List.of(quoted),
        new Speaker.Unknown(), null, "a rule", 0.9)));
    for (CueCandidates.Candidate c : CueCandidates.find(d.text, sentences, List.of())) {
      if (CueCandidates.seedContent(c) != null) {
        quotes.add(seed(d.text, c));
      }
    }
    int compared = 0;
    for (Quote q : quotes) {
      compared += sameScores(edges.begins(q), edges.begins(q, begin), model.begin());
      compared += sameScores(edges.ends(q), edges.ends(q, end), model.end());
    }
    assertThat(compared).isGreaterThan(500);
  }

  private static int sameScores(List<EdgeCandidates.Candidate> described, List<EdgeCandidates.Scored> scored,
      MaxentModel model) {
    assertThat(scored).extracting(EdgeCandidates.Scored::offset)
        .containsExactlyElementsOf(described.stream().map(EdgeCandidates.Candidate::offset).toList());
    for (int i = 0; i < scored.size(); i++) {
      assertThat(scored.get(i).probability())
          .isCloseTo(AttributionModel.score(model, described.get(i).features()), within(1e-12));
    }
    return scored.size();
  }

  /** A parse written by hand: the second word is the subject of the third, the first hangs on it, the rest on the verb. */
  private static Sentence subjectVerbParse(Sentence sentence) {
    List<Token> tokens = new ArrayList<>();
    for (int i = 0; i < sentence.tokens().size(); i++) {
      Token t = sentence.tokens().get(i);
      int head = i == 0 ? 1 : i == 2 ? Token.ROOT : 2;
      String relation = i == 0 ? "det" : i == 1 ? "nsubj" : i == 2 ? "root" : "dep";
      tokens.add(new Token(t.span(), t.text(), t.tag(), head, relation));
    }
    return new Sentence(sentence.span(), tokens);
  }

  private static Quote seed(String text, CueCandidates.Candidate c) {
    Span content = CueCandidates.seedContent(c);
    return new Quote("seed", QuoteKind.INDIRECT, content.of(text), List.of(content), new Speaker.Unknown(),
        new Cue(c.span(), c.span().of(text)), CueCandidates.RULE, 1);
  }

  private static void label(List<Event> to, List<EdgeCandidates.Candidate> candidates, int gold) {
    assertThat(candidates).extracting(EdgeCandidates.Candidate::offset).contains(gold);
    for (EdgeCandidates.Candidate c : candidates) {
      to.add(new Event(c.offset() == gold ? AttributionModel.YES : AttributionModel.NO, c.features()));
    }
  }

  private static MaxentModel train(List<Event> events) throws IOException {
    return QnTraining.train(events);
  }

  /** Tagged sentences joined by single spaces into one text. */
  private record Document(String text, List<Sentence> sentences) {
    static Document of(String[]... tagged) {
      StringBuilder text = new StringBuilder();
      List<Sentence> sentences = new ArrayList<>();
      for (String[] s : tagged) {
        if (text.length() > 0) {
          text.append(' ');
        }
        int at = text.length();
        List<Token> tokens = new ArrayList<>();
        for (Token t : TaggedTokens.of(s[0], s[1])) {
          tokens.add(new Token(new Span(t.begin() + at, t.end() + at), t.text(), t.tag(), t.head(), t.relation()));
        }
        text.append(s[0]);
        sentences.add(new Sentence(new Span(at, text.length()), tokens));
      }
      return new Document(text.toString(), sentences);
    }
  }
}
