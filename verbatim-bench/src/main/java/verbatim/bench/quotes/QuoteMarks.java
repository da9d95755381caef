package verbatim.bench.quotes;

import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;

/**
 * Re-scores a system with the quotation marks taken off the ends of its content spans. PolNeAR's
 * Content keeps the marks (“… it,” with the comma and both marks), so this variant shows how much
 * of a system's exact-match score hangs on that convention alone.
 */
final class QuoteMarks {
  static final String MARKS = "\"'“”‘’«»„‟‚‛";

  private QuoteMarks() {}

  static List<PredictedAttribution> stripped(String text, List<PredictedAttribution> predictions) {
    List<PredictedAttribution> out = new ArrayList<>();
    for (PredictedAttribution p : predictions) {
      List<Span> parts = new ArrayList<>();
      for (Span s : p.content()) {
        parts.add(stripped(text, s));
      }
      out.add(new PredictedAttribution(p.source(), p.cue(), parts, p.kind(), p.rule()));
    }
    return out;
  }

  static Span stripped(String text, Span s) {
    int b = s.begin();
    int e = Math.min(s.end(), text.length());
    while (b < e && (MARKS.indexOf(text.charAt(b)) >= 0 || Region.isSpace(text.charAt(b)))) {
      b++;
    }
    while (e > b && (MARKS.indexOf(text.charAt(e - 1)) >= 0 || Region.isSpace(text.charAt(e - 1)))) {
      e--;
    }
    return new Span(b, e);
  }
}
