package verbatim.index;

import java.io.IOException;
import java.util.List;

/** Other names the corpus's documents give a person, organisation or place. */
@FunctionalInterface
interface KnownNames {
  /** Knows no names: for phrases matched without the corpus's people and places. */
  KnownNames NONE = name -> List.of();

  /** The other names of whoever or whatever is called {@code name}, most used first; empty when unknown. */
  List<String> aliases(String name) throws IOException;
}
