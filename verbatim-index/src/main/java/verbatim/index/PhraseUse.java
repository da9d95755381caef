package verbatim.index;

import verbatim.core.model.DocumentKind;
import verbatim.core.model.Span;

/**
 * One document that uses a phrase, at its first use in the text.
 *
 * @param published the document's date, ISO-8601 as the page gave it, or {@code null}
 * @param issuer who issued it, for a primary source ingested with one, else {@code null}
 * @param sentence the sentence around the match
 * @param sentenceSpan where that sentence is in the document's text
 * @param match where the phrase is in the document's text, inside {@code sentenceSpan}
 * @param variant the wording that matched: one of the result's variants
 * @param variantKind why that wording was looked for
 * @param exact whether the document's words are the phrase as typed, case, spacing and typographic
 *     quotes aside; a different spelling or inflection, an alias or a related expression is not
 * @param speaker who says the words when they stand inside a quote the document attributes, else {@code null}
 * @param occurrences how many times the document uses the phrase or a variant
 */
public record PhraseUse(
    String id,
    String published,
    String title,
    String issuer,
    String source,
    DocumentKind kind,
    String url,
    String sentence,
    Span sentenceSpan,
    PhraseMatch match,
    String variant,
    VariantKind variantKind,
    boolean exact,
    String speaker,
    int occurrences) {}
