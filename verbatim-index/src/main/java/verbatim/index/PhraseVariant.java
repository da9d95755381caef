package verbatim.index;

import java.util.Objects;

/**
 * One wording of a phrase that {@link Corpus#phrase} looks for.
 *
 * @param text the wording
 * @param kind why it is looked for
 * @param rule how it was made from the phrase ("alias: North Korea → the DPRK (aliases.tsv)")
 */
public record PhraseVariant(String text, VariantKind kind, String rule) {
  public PhraseVariant {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(rule, "rule");
  }
}
