package verbatim.bench.quotes;

import java.util.List;
import java.util.Locale;

/** The parts of an attribution that are scored separately. */
enum Role {
  SOURCE, CUE, CONTENT,
  /**
   * Content again, but each fragment of a discontinuous span on its own: the way CofeNet's BIO
   * labels see a quote split around "he said", so that figures can be set beside its tables.
   */
  FRAGMENT;

  /** This role's gold spans in one attribution: none, one, or (content) several. */
  List<Region> of(GoldAttribution a) {
    switch (this) {
      case SOURCE: return a.source() == null ? List.of() : List.of(a.source());
      case CUE: return a.cue() == null ? List.of() : List.of(a.cue());
      case CONTENT: return a.content();
      case FRAGMENT: return a.content().stream().flatMap(r -> r.fragments().stream()).map(Region::of).toList();
      default: throw new AssertionError(this);
    }
  }

  /** This role's predicted spans in one prediction. */
  List<Region> of(PredictedAttribution p) {
    switch (this) {
      case SOURCE: return p.source() == null ? List.of() : List.of(Region.of(p.source()));
      case CUE: return p.cue() == null ? List.of() : List.of(Region.of(p.cue()));
      case CONTENT: return List.of(p.contentRegion());
      case FRAGMENT: return p.content().stream().map(Region::of).toList();
      default: throw new AssertionError(this);
    }
  }

  /** The roles PolNeAR annotates, without the fragment view. */
  static List<Role> annotated() {
    return List.of(SOURCE, CUE, CONTENT);
  }

  String label() {
    return this == FRAGMENT ? "Content fragments" : name().charAt(0) + name().substring(1).toLowerCase(Locale.ROOT);
  }
}
