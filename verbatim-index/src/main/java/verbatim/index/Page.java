package verbatim.index;

/**
 * Which slice of the results to return.
 *
 * @param offset how many results to pass over
 * @param limit how many to return, at most {@value #MAX_LIMIT}
 */
public record Page(int offset, int limit) {
  public static final int MAX_LIMIT = 1000;
  public static final Page FIRST = new Page(0, 20);

  public Page {
    if (offset < 0) {
      throw new IllegalArgumentException("page offset " + offset + " is negative");
    }
    if (limit < 1 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("page limit " + limit + " is not in [1, " + MAX_LIMIT + "]");
    }
    if ((long) offset + limit > Integer.MAX_VALUE / 2) {
      throw new IllegalArgumentException("page offset " + offset + " is too far");
    }
  }

  int end() {
    return offset + limit;
  }
}
