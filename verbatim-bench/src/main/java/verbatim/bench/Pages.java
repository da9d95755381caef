package verbatim.bench;

import java.nio.charset.StandardCharsets;
import verbatim.core.input.InputException;
import verbatim.core.input.PageDecoder;
import verbatim.core.input.RawInput;

/**
 * Evaluation pages decoded exactly as {@code verbatim analyze} decodes them, so that what is
 * scored is what users get. A page the decoder refuses is read as UTF-8 and still scored.
 */
public final class Pages {
  private static final PageDecoder DECODER = new PageDecoder();

  private Pages() {}

  public static String decode(String name, byte[] bytes) {
    try {
      return DECODER.decode(new RawInput(name, bytes, null), false).content();
    } catch (InputException refused) {
      return new String(bytes, StandardCharsets.UTF_8);
    }
  }
}
