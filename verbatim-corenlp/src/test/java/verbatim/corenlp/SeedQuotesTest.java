package verbatim.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Analysis;
import verbatim.core.model.Entity;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Speaker;

/**
 * The quotations table of shared/seed/EXPECTED.md, row by row, with speaker and cue, and the
 * quoted terms. Where verbatim differs from the hand annotation the test says why.
 */
class SeedQuotesTest {
  private Analysis analysis;

  @BeforeEach
  void analyzeSeed() {
    analysis = SeedAnalysis.get();
  }

  private Quote quoteStarting(String words) {
    return analysis.quotes().stream().filter(q -> q.text().startsWith(words)).findFirst()
        .orElseThrow(() -> new AssertionError("no quote starting \"" + words + "\" in "
            + analysis.quotes().stream().map(Quote::text).toList()));
  }

  private String entityId(String name) {
    return analysis.entities().stream().filter(e -> e.name().equals(name)).map(Entity::id).findFirst().orElseThrow();
  }

  private void assertNamed(Quote q, String name) {
    assertThat(q.speaker()).isInstanceOfSatisfying(Speaker.Named.class, n -> {
      assertThat(n.name()).isEqualTo(name);
      assertThat(n.entity()).isEqualTo(entityId(name));
    });
  }

  @Test
  void row1TrumpPartialQuoteInsideIndirectSpeech() {
    Quote q = quoteStarting("establish a relationship with North Korea's Kim Jong Un");
    assertThat(q.kind()).isEqualTo(QuoteKind.PARTIAL);
    assertNamed(q, "Donald Trump");
    assertThat(q.cue().text()).isEqualTo("said");
    assertThat(analysis.document().text().substring(q.speaker().span().begin(), q.speaker().span().end()))
        .isEqualTo("U.S. President Donald Trump");
  }

  @Test
  void row2TrumpSaying() {
    // EXPECTED calls this "partial direct". The quote is the whole complement of "saying that", the
    // same construction as row 5 ("remarked that “…”"), which EXPECTED calls direct: verbatim
    // treats both alike, as DIRECT.
    Quote q = quoteStarting("getting along well with him is a big asset to everybody.");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertNamed(q, "Donald Trump");
    assertThat(q.cue().text()).isEqualTo("saying");
  }

  @Test
  void rows3And4TheJointStatementSpeaksForItsIssuers() {
    for (String start : List.of("reaffirming our strong commitment", "confirming trilateral cooperation")) {
      Quote q = quoteStarting(start);
      assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
      assertThat(q.cue().text()).isEqualTo("included wording such as");
      assertThat(q.speaker()).isInstanceOfSatisfying(Speaker.Issued.class, d -> {
        assertThat(d.document()).isEqualTo("joint statement");
        assertThat(d.issuers()).contains(entityId("United States"), entityId("Japan"));
      });
    }
  }

  @Test
  void row5AnAnonymousSeniorOfficial() {
    Quote q = quoteStarting("it takes two to tango");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.cue().text()).isEqualTo("remarked");
    assertThat(q.speaker()).isInstanceOfSatisfying(Speaker.Anonymous.class, a -> {
      assertThat(a.description()).isEqualTo("a senior Trump administration official");
      assertThat(a.rank()).isEqualTo("senior");
      assertThat(a.affiliation()).isEqualTo("Trump administration");
      assertThat(a.role()).isEqualTo("official");
    });
  }

  @Test
  void row6BanGilJooOneQuoteInTwoPartsAroundTheAttribution() {
    Quote q = quoteStarting("The U.S. government specifying");
    assertThat(q.kind()).isEqualTo(QuoteKind.DIRECT);
    assertThat(q.parts()).hasSize(2);
    assertThat(q.text()).contains(" … While aiming for denuclearization");
    assertNamed(q, "Ban Gil-joo");
    assertThat(q.cue().text()).isEqualTo("said");
  }

  @Test
  void row7SomeViewIsIndirectSpeechOfAGroup() {
    // EXPECTED's cue is "view that"; verbatim follows PolNeAR's convention, on which it is scored:
    // the cue is the verb and "that" opens the content.
    Quote q = quoteStarting("that the Trump administration's inclusion of this expression");
    assertThat(q.kind()).isEqualTo(QuoteKind.INDIRECT);
    assertThat(q.cue().text()).isEqualTo("view");
    assertThat(q.speaker()).isInstanceOfSatisfying(Speaker.Group.class, g -> assertThat(g.description()).isEqualTo("Some"));
  }

  @Test
  void theQuotedTermsAreTermsNotStatements() {
    List<String> terms = analysis.quotes().stream().filter(q -> q.kind() == QuoteKind.TERM).map(Quote::text).toList();
    assertThat(terms).containsExactlyInAnyOrder("nuclear power", "complete denuclearization of North Korea",
        "Complete denuclearization of North Korea", "small deal,", "reducing joint ROK-US exercises.");
  }

  @Test
  void theUnclosedMarkDoesNotSwallowTheRest() {
    Quote term = quoteStarting("reducing joint ROK-US exercises.");
    String text = analysis.document().text();
    assertThat(term.parts().get(0).end()).isLessThanOrEqualTo(text.length());
    assertThat(text.substring(term.parts().get(0).begin(), term.parts().get(0).end())).isEqualTo("‘reducing joint ROK-US exercises.");
  }

  @Test
  void everyPartAndSpanPointsIntoTheText() {
    String text = analysis.document().text();
    for (Quote q : analysis.quotes()) {
      q.parts().forEach(p -> assertThat(p.end()).isLessThanOrEqualTo(text.length()));
      if (q.cue() != null) {
        assertThat(q.cue().span().of(text)).isEqualTo(q.cue().text());
      }
    }
  }
}
