package verbatim.server;

/**
 * An error an API request gets back as problem JSON (RFC 9457): {@code title}, {@code status},
 * {@code detail}. Thrown by handlers; the server turns it into the response.
 */
final class ApiProblem extends RuntimeException {
  private final int status;
  private final String title;

  ApiProblem(int status, String title, String detail) {
    super(detail);
    this.status = status;
    this.title = title;
  }

  static ApiProblem badRequest(String detail) {
    return new ApiProblem(400, "Bad request", detail);
  }

  static ApiProblem notFound(String detail) {
    return new ApiProblem(404, "Not found", detail);
  }

  int status() {
    return status;
  }

  String title() {
    return title;
  }
}
