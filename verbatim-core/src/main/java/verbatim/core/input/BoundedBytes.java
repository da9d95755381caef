package verbatim.core.input;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;

/**
 * Reads a stream to the end, undoing gzip when the content starts with its magic bytes, and
 * refusing anything over a size limit before it fills the heap.
 */
public final class BoundedBytes {
  /** 64 MiB: five times the largest news page seen in the wild, far below the heap. */
  public static final long DEFAULT_LIMIT = 64L << 20;

  private final long limit;

  public BoundedBytes(long limit) {
    if (limit <= 0) {
      throw new IllegalArgumentException("size limit must be positive, was " + limit);
    }
    this.limit = limit;
  }

  public long limit() {
    return limit;
  }

  public byte[] read(InputStream in) throws InputException {
    try {
      BufferedInputStream buffered = new BufferedInputStream(in, 1 << 16);
      buffered.mark(2);
      int b1 = buffered.read();
      int b2 = buffered.read();
      buffered.reset();
      if (b1 == 0x1f && b2 == 0x8b) {
        return readGzip(buffered);
      }
      return readAll(buffered, "");
    } catch (IOException e) {
      throw new InputException("cannot read: " + e.getMessage(), e);
    }
  }

  private byte[] readGzip(InputStream in) throws InputException {
    try {
      return readAll(new GZIPInputStream(in, 1 << 16), " after gunzip");
    } catch (EOFException e) {
      throw new InputException("truncated gzip: the compressed stream ends before its end marker", e);
    } catch (ZipException e) {
      throw new InputException("corrupt gzip: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new InputException("cannot read gzip: " + e.getMessage(), e);
    }
  }

  /** Reads {@code in} as it is, no gunzip; read errors are left to the caller to name. */
  byte[] readPlain(InputStream in) throws IOException, InputException {
    return readAll(in, "");
  }

  private byte[] readAll(InputStream in, String what) throws IOException, InputException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    byte[] buffer = new byte[1 << 16];
    long total = 0;
    for (int n; (n = in.read(buffer)) != -1; ) {
      total += n;
      if (total > limit) {
        throw new InputException("too large: more than " + limit + " bytes" + what + " (raise --max-bytes to read it)");
      }
      out.write(buffer, 0, n);
    }
    return out.toByteArray();
  }
}
