package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Cue;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** A quote being assembled: parts may still be added when a split quote continues. */
final class Draft {
  QuoteKind kind;
  final List<Span> parts = new ArrayList<>();
  final List<String> words = new ArrayList<>();
  Speaker speaker;
  Cue cue;
  String rule;
  double confidence;

  Draft(QuoteKind kind, Speaker speaker, Cue cue, String rule, double confidence) {
    this.kind = kind;
    this.speaker = speaker;
    this.cue = cue;
    this.rule = rule;
    this.confidence = confidence;
  }

  int begin() {
    return parts.get(0).begin();
  }

  int end() {
    return parts.get(parts.size() - 1).end();
  }

  boolean attributed() {
    return !(speaker instanceof Speaker.Unknown);
  }
}
