package verbatim.core.model;

/** A half-open range {@code [begin, end)} of UTF-16 indexes into a document's normalized text. */
public record Span(int begin, int end) {
  public Span {
    if (begin < 0 || end < begin) {
      throw new IllegalArgumentException("invalid span [" + begin + ", " + end + ")");
    }
  }

  public int length() {
    return end - begin;
  }

  public String of(CharSequence text) {
    return text.subSequence(begin, end).toString();
  }
}
