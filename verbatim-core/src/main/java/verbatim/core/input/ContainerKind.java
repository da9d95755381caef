package verbatim.core.input;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;

/**
 * What a file or a download holds, told by its first bytes (gzip undone) before its name: a
 * {@code .gz} may be a WARC, a {@code .xml} a feed, a {@code .txt} JSON Lines. The name decides
 * only what the bytes leave open.
 */
enum ContainerKind {
  PAGE, WARC, FEED, JSON_LINES;

  /** How much of a file is looked at: enough for any XML prolog before a feed's root. */
  static final int HEAD = 1 << 16;
  private static final int LOOK = 8192;

  private static final Pattern FEED_ROOT = Pattern.compile(
      "^(?:\\s|<\\?[^>]*\\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:rss|feed|(?:[A-Za-z0-9]+:)?RDF)[\\s>/]",
      Pattern.DOTALL | Pattern.CASE_INSENSITIVE);
  private static final Pattern JSON_OBJECT_START = Pattern.compile("^\\s*\\{\\s*\"[^\"\\\\]{1,64}\"\\s*:");

  /** Tells the kind from {@code head}, the first bytes of the file as stored (maybe gzip). */
  static ContainerKind of(byte[] head, String name) {
    String text = new String(content(head), StandardCharsets.UTF_8);
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    if (text.startsWith("WARC/")) {
      return WARC;
    }
    if (FEED_ROOT.matcher(text).lookingAt()) {
      return FEED;
    }
    if (JSON_OBJECT_START.matcher(text).lookingAt()) {
      return JSON_LINES;
    }
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".rss") || lower.endsWith(".atom")) {
      return FEED;
    }
    return PAGE;
  }

  /** The uncompressed start of {@code head}: as much as the bytes at hand give. */
  private static byte[] content(byte[] head) {
    if (head.length < 2 || (head[0] & 0xff) != 0x1f || (head[1] & 0xff) != 0x8b) {
      return head.length > LOOK ? Arrays.copyOf(head, LOOK) : head;
    }
    byte[] out = new byte[LOOK];
    int n = 0;
    try (InputStream gunzip = new GZIPInputStream(new ByteArrayInputStream(head))) {
      for (int r; n < out.length && (r = gunzip.read(out, n, out.length - n)) != -1; ) {
        n += r;
      }
    } catch (EOFException e) {
      // the head ends inside the gzip stream: what was inflated so far is enough to tell
    } catch (IOException e) {
      return new byte[0];
    }
    return Arrays.copyOf(out, n);
  }
}
