package verbatim.core.pipeline;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable document ids: the first 64 bits of the SHA-256 of the input's bytes (gzip undone), in hex.
 * The same bytes give the same id on every machine, whatever the file is called.
 */
public final class DocumentId {
  private static final int BYTES = 8;

  private DocumentId() {}

  public static String of(byte[] content) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(content);
      return HexFormat.of().formatHex(digest, 0, BYTES);
    } catch (NoSuchAlgorithmException e) {
      throw new AssertionError("every JDK has SHA-256", e);
    }
  }
}
