package verbatim.core.json;

import verbatim.core.json.AnalysisReader.Node;
import verbatim.core.model.Cue;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** Reads back one element of the {@code quotes} array {@link QuoteJson} writes. */
final class QuoteReader {
  private QuoteReader() {}

  static Quote quote(Node q) throws MalformedAnalysisException {
    Cue cue = null;
    if (q.json().hasNonNull("cue")) {
      Node c = q.object("cue");
      cue = new Cue(AnalysisReader.span(c), c.required("text"));
    }
    return new Quote(q.required("id"), q.enumValue("kind", QuoteKind.class), q.required("text"),
        q.list("parts", AnalysisReader::span), speaker(q.object("speaker")), cue, q.required("rule"),
        q.number("confidence"));
  }

  private static Speaker speaker(Node s) throws MalformedAnalysisException {
    String type = s.required("type");
    Span span = s.json().hasNonNull("span") ? AnalysisReader.span(s.object("span")) : null;
    switch (type) {
      case "ENTITY":
        return new Speaker.Named(s.text("entity"), s.required("name"), span);
      case "ANONYMOUS":
        return new Speaker.Anonymous(s.required("description"), s.text("rank"), s.text("affiliation"),
            s.text("role"), span);
      case "DOCUMENT":
        return new Speaker.Issued(s.required("name"), s.list("issuers", Node::string), span);
      case "GROUP":
        return new Speaker.Group(s.required("description"), span);
      case "UNKNOWN":
        return new Speaker.Unknown();
      default:
        throw new MalformedAnalysisException(s.path("type") + ": unknown speaker type '" + type + "'");
    }
  }
}
