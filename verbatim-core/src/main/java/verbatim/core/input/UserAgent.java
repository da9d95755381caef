package verbatim.core.input;

/**
 * The name verbatim gives itself on the web: its product token (what robots.txt rules address)
 * and a User-Agent with its version and a page that says what the crawler is for.
 */
public final class UserAgent {
  /** The token a robots.txt group names to address verbatim ({@code User-agent: verbatim}). */
  public static final String ROBOTS_TOKEN = "verbatim";

  /** Placeholder until the project has a public page about its crawler. */
  public static final String PROJECT_URL = "https://example.org/verbatim";

  /** {@code verbatim/0.1.0 (+https://example.org/verbatim)}, or {@code verbatim/dev} outside a jar. */
  public static final String VERBATIM = ROBOTS_TOKEN + "/" + version() + " (+" + PROJECT_URL + ")";

  private UserAgent() {}

  private static String version() {
    String version = UserAgent.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
