package verbatim.core.model;

import java.util.List;
import java.util.Objects;

/**
 * Who a quotation is attributed to. Every kind but {@link Unknown} carries the span of the words
 * that name the source where the quote is attributed ("he", "a senior official", "the joint
 * statement").
 */
public sealed interface Speaker
    permits Speaker.Named, Speaker.Anonymous, Speaker.Issued, Speaker.Group, Speaker.Unknown {

  /** The words naming the source, or {@code null} when nothing in the text names it. */
  Span span();

  /** How to show the speaker to a reader: the name, the description, the document, or "unknown". */
  default String label() {
    if (this instanceof Named n) {
      return n.name();
    } else if (this instanceof Anonymous a) {
      return a.description();
    } else if (this instanceof Issued d) {
      return d.document();
    } else if (this instanceof Group g) {
      return g.description();
    }
    return "unknown";
  }

  /** A linked entity of the document, named there or referred to by a pronoun. */
  record Named(String entity, String name, Span span) implements Speaker {
    public Named {
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(span, "span");
    }
  }

  /**
   * An unnamed source kept as its description: "a senior Trump administration official" has rank
   * "senior", affiliation "Trump administration", role "official".
   */
  record Anonymous(String description, String rank, String affiliation, String role, Span span) implements Speaker {
    public Anonymous {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(span, "span");
    }
  }

  /** A document that says it: "the joint statement", with the entities that issued it. */
  record Issued(String document, List<String> issuers, Span span) implements Speaker {
    public Issued {
      Objects.requireNonNull(document, "document");
      Objects.requireNonNull(span, "span");
      issuers = List.copyOf(issuers);
    }
  }

  /** A group with no single voice: "some", "critics", "analysts". */
  record Group(String description, Span span) implements Speaker {
    public Group {
      Objects.requireNonNull(description, "description");
      Objects.requireNonNull(span, "span");
    }
  }

  /** Nothing in the text says who. */
  record Unknown() implements Speaker {
    @Override
    public Span span() {
      return null;
    }
  }
}
