package verbatim.index;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Reads a file one line at a time as bytes, knowing where each line starts, without holding more
 * than the current line. A ledger line can be megabytes long: the buffer grows to fit it.
 */
final class LineReader {
  private final InputStream in;
  private final byte[] chunk = new byte[64 * 1024];
  private int chunkLength;
  private int chunkPos;
  private long position;
  private byte[] line = new byte[8 * 1024];
  private int lineLength;
  private long lineOffset;
  private boolean terminated;

  /** {@code in} must be positioned at {@code start}. */
  LineReader(InputStream in, long start) {
    this.in = in;
    this.position = start;
    this.lineOffset = start;
  }

  /** Moves to the next line; false at the end of the file. */
  boolean next() throws IOException {
    lineOffset = position;
    lineLength = 0;
    terminated = false;
    while (true) {
      if (chunkPos == chunkLength) {
        chunkLength = in.read(chunk);
        chunkPos = 0;
        if (chunkLength <= 0) {
          chunkLength = 0;
          return lineLength > 0;
        }
      }
      int newline = indexOf((byte) '\n', chunkPos, chunkLength);
      int stop = newline < 0 ? chunkLength : newline;
      append(chunkPos, stop);
      position += stop - chunkPos;
      chunkPos = stop;
      if (newline >= 0) {
        chunkPos++;
        position++;
        terminated = true;
        return true;
      }
    }
  }

  private int indexOf(byte b, int from, int to) {
    for (int i = from; i < to; i++) {
      if (chunk[i] == b) {
        return i;
      }
    }
    return -1;
  }

  private void append(int from, int to) {
    int n = to - from;
    if (lineLength + n > line.length) {
      line = Arrays.copyOf(line, Math.max(line.length * 2, lineLength + n));
    }
    System.arraycopy(chunk, from, line, lineLength, n);
    lineLength += n;
  }

  /** The current line's bytes, valid up to {@link #length()} and until the next call. */
  byte[] bytes() {
    return line;
  }

  /** The current line's length, its newline not counted. */
  int length() {
    return lineLength;
  }

  long offset() {
    return lineOffset;
  }

  /** Where the next line starts. */
  long position() {
    return position;
  }

  /** Whether the current line ends with a newline (the last line of a torn file does not). */
  boolean terminated() {
    return terminated;
  }
}
