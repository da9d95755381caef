package verbatim.bench.quotes;

import java.util.List;
import verbatim.core.model.Span;

/**
 * What a system says about one quotation, in character offsets into the text it was given.
 *
 * @param source the words naming the speaker, or {@code null}
 * @param cue the words marking the speech as reported, or {@code null} (CoreNLP has none)
 * @param content where the words are: several parts for a quote split around its attribution
 * @param kind the system's own label (verbatim's {@code QuoteKind}), or {@code null}
 * @param rule the rule the system says decided it, or {@code null}; shown in error samples
 */
record PredictedAttribution(Span source, Span cue, List<Span> content, String kind, String rule) {
  PredictedAttribution(Span source, Span cue, List<Span> content, String kind) {
    this(source, cue, content, kind, null);
  }

  PredictedAttribution {
    content = List.copyOf(content);
    if (content.isEmpty()) {
      throw new IllegalArgumentException("a predicted attribution has at least one content span");
    }
  }

  Region contentRegion() {
    return new Region(content);
  }
}
