package verbatim.core.model;

/**
 * A role the document states for a person: "U.S. President" is title President, country United
 * States; "former Japanese Prime Minister" adds former; "assistant professor at the National
 * Diplomatic Academy" is a title with an organisation. Absent parts are {@code null}.
 */
public record Role(String title, String organization, String country, boolean former) {
  public Role {
    if (title == null && organization == null && country == null) {
      throw new IllegalArgumentException("a role needs a title, an organisation or a country");
    }
  }

  /** As a reader would say it: "former Japan Prime Minister", "assistant professor (National Diplomatic Academy)". */
  public String display() {
    StringBuilder s = new StringBuilder();
    if (former) {
      s.append("former ");
    }
    if (country != null) {
      s.append(country).append(' ');
    }
    if (title != null) {
      s.append(title).append(' ');
    }
    if (organization != null) {
      s.append('(').append(organization).append(')');
    }
    return s.toString().strip();
  }
}
