package verbatim.core.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** How the parts of a person's name relate: which part a later bare surname refers to. */
final class PersonNames {
  private static final Set<String> SURNAME_FIRST = Set.copyOf(Resources.lines("surname-first.txt"));

  private PersonNames() {}

  static List<String> parts(String name) {
    return List.of(name.trim().split("\\s+"));
  }

  /** The surname of a full name: the first part for a Korean or Chinese name, else the last. */
  static String surname(String name) {
    List<String> parts = parts(name);
    return parts.size() > 1 && SURNAME_FIRST.contains(parts.get(0)) ? parts.get(0) : parts.get(parts.size() - 1);
  }

  /** A form that ignores case, spaces and hyphens: "Kim Jong-un" and "Kim Jong Un" are one name. */
  static String key(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[\\s\\-‐–]", "");
  }
}
