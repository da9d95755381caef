package verbatim.index;

/** Why a variant of a phrase is looked for, closest to the phrase first. */
public enum VariantKind {
  /** The phrase as typed. */
  PHRASE,
  /** The phrase in the other spelling: British for American and back ("denuclearisation"). */
  SPELLING,
  /** A name in the phrase with or without its article ("of the DPRK", "of DPRK"). */
  SMALL_WORDS,
  /** A name in the phrase swapped for another name of the same thing, from verbatim's alias data. */
  ALIAS,
  /** A name in the phrase swapped for another name the corpus's documents give the same person or place. */
  CORPUS_ALIAS,
  /** A related expression, which does not say the same: listed so that a reader sees it too. */
  RELATED
}
