package verbatim.core.input;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Lines of a byte stream, each held only up to a length limit: a line past the limit is read to
 * its end and dropped, so one runaway line costs no memory and the next line is still read.
 */
final class ByteLines {
  /** One line without its line break; {@code bytes} is {@code null} when it was over the limit. */
  record Line(long number, byte[] bytes, long length) {
    boolean tooLong() {
      return bytes == null;
    }
  }

  private final InputStream in;
  private final long limit;
  private long number;

  /** {@code in} must support mark and should be buffered: it is read a byte at a time. */
  ByteLines(InputStream in, long limit) {
    this.in = in;
    this.limit = limit;
  }

  /** Lines read so far. */
  long count() {
    return number;
  }

  /** The next line, or {@code null} at the end of the stream. A UTF-8 byte-order mark is dropped. */
  Line next() throws IOException {
    ByteArrayOutputStream line = new ByteArrayOutputStream();
    long length = 0;
    int b = number == 0 ? skipBom() : in.read();
    if (b == -1) {
      return null;
    }
    for (; b != -1 && b != '\n'; b = in.read()) {
      length++;
      if (length <= limit) {
        line.write(b);
      } else if (length == limit + 1) {
        line = null;
      }
    }
    number++;
    if (line == null) {
      return new Line(number, null, length);
    }
    byte[] bytes = line.toByteArray();
    if (bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
      bytes = Arrays.copyOf(bytes, bytes.length - 1);
    }
    return new Line(number, bytes, length);
  }

  private int skipBom() throws IOException {
    in.mark(3);
    if (in.read() == 0xEF && in.read() == 0xBB && in.read() == 0xBF) {
      return in.read();
    }
    in.reset();
    return in.read();
  }
}
