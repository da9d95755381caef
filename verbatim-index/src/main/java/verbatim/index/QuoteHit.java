package verbatim.index;

import java.util.List;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;

/**
 * A quote found, with who said it, when, where, and the sentence it stands in.
 *
 * @param quoteId the quote's id within its document ("q3")
 * @param parts where the quoted words are in the document's text
 * @param speaker who said it
 * @param published the document's date, ISO-8601 as the page gave it, or {@code null}
 * @param sentence where the sentence around the quote is in the document's text
 * @param sentenceText that sentence
 * @param cue the words that attribute it ("said"), or {@code null}
 */
public record QuoteHit(
    String documentId,
    String quoteId,
    QuoteKind kind,
    String text,
    List<Span> parts,
    QuoteSpeaker speaker,
    String published,
    String source,
    String url,
    String title,
    Span sentence,
    String sentenceText,
    String cue,
    double confidence) {
  public QuoteHit {
    parts = List.copyOf(parts);
  }
}
