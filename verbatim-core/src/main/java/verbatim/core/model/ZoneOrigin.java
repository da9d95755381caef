package verbatim.core.model;

/** Where the time zone of a document date came from. {@link #UNKNOWN} is said, never hidden as UTC. */
public enum ZoneOrigin {
  /** The page printed an offset with the date. */
  PAGE,
  /** The publisher's profile, keyed by its domain. */
  PUBLISHER_PROFILE,
  /** The {@code --zone} the user gave. */
  USER,
  UNKNOWN
}
