package verbatim.core.input;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import org.netpreserve.jwarc.WarcCompression;

/**
 * Finds where a record may start after a broken one: the next gzip member header in a
 * {@code .warc.gz} (written one record per member, as the WARC standard recommends), or the next
 * line beginning {@code WARC/1.} in an uncompressed archive. A match is only a candidate: the
 * caller confirms it by parsing a record there.
 */
final class WarcResync {
  private static final byte[] GZIP_MEMBER = {0x1f, (byte) 0x8b, 0x08};
  private static final byte[] WARC_LINE = "\nWARC/1.".getBytes(StandardCharsets.US_ASCII);
  private static final int CHUNK = 1 << 16;

  private WarcResync() {}

  /** The first candidate record start at or after {@code from}, or -1 when there is none. */
  static long next(FileChannel file, long from, WarcCompression compression) throws IOException {
    boolean gzip = compression == WarcCompression.GZIP;
    byte[] pattern = gzip ? GZIP_MEMBER : WARC_LINE;
    // an uncompressed record starts just after the line break the pattern begins with
    long start = gzip ? from : Math.max(0, from - 1);
    long found = find(file, start, pattern);
    return found < 0 || gzip ? found : found + 1;
  }

  private static long find(FileChannel file, long from, byte[] pattern) throws IOException {
    ByteBuffer chunk = ByteBuffer.allocate(CHUNK);
    for (long at = from; at < file.size(); at += CHUNK - pattern.length + 1) {
      chunk.clear();
      int n = file.read(chunk, at);
      if (n < pattern.length) {
        return -1;
      }
      for (int i = 0; i + pattern.length <= n; i++) {
        if (matches(chunk.array(), i, pattern)) {
          return at + i;
        }
      }
    }
    return -1;
  }

  private static boolean matches(byte[] bytes, int offset, byte[] pattern) {
    for (int j = 0; j < pattern.length; j++) {
      if (bytes[offset + j] != pattern[j]) {
        return false;
      }
    }
    return true;
  }
}
