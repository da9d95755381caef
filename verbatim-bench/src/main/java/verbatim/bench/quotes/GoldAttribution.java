package verbatim.bench.quotes;

import java.util.List;
import java.util.Objects;

/**
 * One PolNeAR attribution relation ({@code E} line): who ({@code Source}, absent when the text
 * names no one), the cue ("said") and what was said. Content is a list because PolNeAR has a
 * {@code Content2} role for a second content span; most relations have one.
 *
 * @param id the relation's brat id, {@code E3}
 */
record GoldAttribution(String id, Region source, Region cue, List<Region> content) {
  GoldAttribution {
    Objects.requireNonNull(id, "id");
    content = List.copyOf(content);
  }
}
