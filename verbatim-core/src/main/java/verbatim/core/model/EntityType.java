package verbatim.core.model;

/** The kinds of named things verbatim follows. */
public enum EntityType {
  PERSON,
  ORGANIZATION,
  LOCATION,
  MISC
}
