package verbatim.core.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.nlp.Sentence;

/** A learned cue is its whole verb group, and a verb group gives one report. */
class VerbGroupsTest {
  private static List<String> groups(String words, String tags, String... chosen) {
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, tags));
    List<CueCandidates.Candidate> all = CueCandidates.find(words, List.of(s), List.of());
    List<VerbGroups.Scored> picked = all.stream()
        .filter(c -> List.of(chosen).contains(c.span().of(words)))
        .map(c -> new VerbGroups.Scored(c, 0.5))
        .toList();
    return VerbGroups.of(picked, all).stream()
        .map(g -> g.candidate().span().of(words) + " -> " + words.split(" ")[g.candidate().index()])
        .toList();
  }

  @Test
  void anAuxiliaryAndItsVerbAreOneCue() {
    assertThat(groups("The mayor has repeatedly called for a new bridge .", "DT NN VBZ RB VBN IN DT JJ NN .",
        "has", "called"))
        .containsExactly("has repeatedly called -> called");
  }

  @Test
  void anAuxiliaryTakenAloneBringsInItsVerb() {
    assertThat(groups("The plan is expected to pass .", "DT NN VBZ VBN TO VB .", "is"))
        .containsExactly("is expected -> expected");
  }

  @Test
  void aVerbGroupTakesInTheAdverbsBeforeIt() {
    assertThat(groups("Aides also later said it would open .", "NNS RB RB VBD PRP MD VB .", "said"))
        .containsExactly("also later said -> said");
  }

  @Test
  void aVerbChosenAloneTakesInItsAuxiliaries() {
    assertThat(groups("Aides have not said when it will open .", "NNS VBP RB VBN WRB PRP MD VB .", "said"))
        .containsExactly("have not said -> said");
  }

  @Test
  void aCopulaWithoutAVerbAfterItStaysAsItIs() {
    assertThat(groups("The claim is false , she says .", "DT NN VBZ JJ , PRP VBZ .", "is"))
        .containsExactly("is -> is");
  }

  @Test
  void anAuxiliaryOfACueTheRulesFoundGivesNoReport() {
    String words = "Trump has not mentioned the video .";
    Sentence s = new Sentence(new Span(0, words.length()), TaggedTokens.of(words, "NNP VBZ RB VBN DT NN ."));
    Span cue = new Span(words.indexOf("not"), words.indexOf(" the"));
    Span content = new Span(words.indexOf("the"), words.indexOf(" ."));
    Quote rules = new Quote("q1", QuoteKind.INDIRECT, content.of(words), List.of(content), new Speaker.Unknown(),
        new Cue(cue, cue.of(words)), "cue verb + subject + object", 0.7);
    List<CueCandidates.Candidate> all = CueCandidates.find(words, List.of(s), List.of(rules));
    List<VerbGroups.Scored> picked = all.stream()
        .filter(c -> c.span().of(words).equals("has"))
        .map(c -> new VerbGroups.Scored(c, 0.5))
        .toList();
    assertThat(picked).hasSize(1);
    assertThat(VerbGroups.of(picked, all)).isEmpty();
  }

  @Test
  void theAdverbsRightBeforeAVerbCueAreInIt() {
    String words = "The mayor later said , and aides quickly agreed , that the plan was dead .";
    Sentence s = new Sentence(new Span(0, words.length()),
        TaggedTokens.of(words, "DT NN RB VBD , CC NNS RB VBD , IN DT NN VBD JJ ."));
    assertThat(widened(words, s, "said")).isEqualTo("later said");
    assertThat(widened(words, s, "agreed")).isEqualTo("quickly agreed");
    // a cue that is no verb keeps its words
    assertThat(widened(words, s, "plan")).isEqualTo("plan");
  }

  private static String widened(String words, Sentence s, String cue) {
    Span span = new Span(words.indexOf(cue), words.indexOf(cue) + cue.length());
    return VerbGroups.withAdverbsBefore(span, List.of(s)).of(words);
  }
}
