package verbatim.core.entities;

import java.util.List;

/** A place of the gazetteer: its canonical name, the other names news uses, its demonyms. */
record Place(String name, List<String> aliases, List<String> demonyms) {
  Place {
    aliases = List.copyOf(aliases);
    demonyms = List.copyOf(demonyms);
  }
}
