package verbatim.index;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.apache.lucene.util.BytesRef;

/**
 * The catalog's part of a document in the index, as one binary doc value: its {@link Catalog.Entry}
 * and its text's {@link Fingerprint}. Opening a corpus reads this value alone, in index order,
 * rather than each document's stored fields, whose compressed blocks hold the whole text.
 */
final class CatalogRecord {
  private static final int NONE = -1;

  /** An entry and its fingerprint ({@code null} for a text too short for one). */
  record Decoded(Catalog.Entry entry, Fingerprint fingerprint) {}

  private CatalogRecord() {}

  static BytesRef encode(Catalog.Entry e, Fingerprint fingerprint) {
    byte[] id = utf8(e.id());
    byte[] urlKey = utf8(e.urlKey());
    byte[] cluster = e.cluster().equals(e.id()) ? null : utf8(e.cluster());
    byte[] minima = fingerprint == null ? null : fingerprint.bytes();
    // four length prefixes, the version and the length; the date and the offset
    ByteBuffer out = ByteBuffer.allocate(6 * Integer.BYTES + 2 * Long.BYTES + length(id)
        + length(urlKey) + length(cluster) + length(minima));
    put(out, id);
    put(out, urlKey);
    // a text with no copy is its own cluster, the common case: not written twice
    put(out, cluster);
    out.putInt(e.version());
    out.putLong(e.published());
    out.putLong(e.offset());
    out.putInt(e.length());
    put(out, minima);
    return new BytesRef(out.array());
  }

  static Decoded decode(BytesRef bytes) {
    ByteBuffer in = ByteBuffer.wrap(bytes.bytes, bytes.offset, bytes.length);
    String id = string(in);
    String urlKey = string(in);
    String cluster = string(in);
    int version = in.getInt();
    long published = in.getLong();
    long offset = in.getLong();
    int length = in.getInt();
    byte[] minima = bytes(in);
    Catalog.Entry entry = new Catalog.Entry(id, urlKey, version, published, cluster == null ? id : cluster, offset,
        length);
    return new Decoded(entry, minima == null ? null : Fingerprint.fromBytes(minima, 0, minima.length));
  }

  private static byte[] utf8(String s) {
    return s == null ? null : s.getBytes(StandardCharsets.UTF_8);
  }

  private static int length(byte[] b) {
    return b == null ? 0 : b.length;
  }

  private static void put(ByteBuffer out, byte[] b) {
    out.putInt(b == null ? NONE : b.length);
    if (b != null) {
      out.put(b);
    }
  }

  private static byte[] bytes(ByteBuffer in) {
    int n = in.getInt();
    if (n == NONE) {
      return null;
    }
    byte[] b = new byte[n];
    in.get(b);
    return b;
  }

  private static String string(ByteBuffer in) {
    byte[] b = bytes(in);
    return b == null ? null : new String(b, StandardCharsets.UTF_8);
  }
}
