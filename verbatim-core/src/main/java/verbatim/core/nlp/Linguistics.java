package verbatim.core.nlp;

import java.util.Objects;
import java.util.Set;

/**
 * The NLP engine's stages and the languages they serve; {@code parser} parses a sentence the
 * splitter left unparsed. {@link #none()} for runs that only extract articles.
 */
public record Linguistics(SentenceSplitter splitter, EntityRecognizer recognizer, SentenceParser parser,
    Set<String> languages) {
  public Linguistics {
    Objects.requireNonNull(splitter, "splitter");
    Objects.requireNonNull(recognizer, "recognizer");
    Objects.requireNonNull(parser, "parser");
    languages = Set.copyOf(languages);
  }

  /** An engine that parses nothing after splitting. */
  public Linguistics(SentenceSplitter splitter, EntityRecognizer recognizer, Set<String> languages) {
    this(splitter, recognizer, SentenceParser.NONE, languages);
  }

  private static final Linguistics NONE =
      new Linguistics(text -> java.util.List.of(), (text, sentences) -> java.util.List.of(), Set.of());

  public static Linguistics none() {
    return NONE;
  }

  public boolean serves(String language) {
    return language != null && languages.contains(language);
  }

  public boolean isNone() {
    return this == NONE;
  }
}
