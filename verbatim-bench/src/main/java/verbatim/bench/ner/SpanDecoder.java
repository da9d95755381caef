package verbatim.bench.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns one sentence's tags into typed spans with conlleval's chunk rules, which read IOB1, IOB2
 * and plain IO alike: a token tagged {@code B-X} always starts an entity; {@code I-X} (or a bare
 * {@code X}) continues the entity before it when that one has type X, and starts a new one
 * otherwise; {@code O} is outside.
 *
 * <p>So in IOB1 ({@code eng.*}) {@code I-X I-X B-X} is two entities, and in IOB2 (CoNLL++) a stray
 * {@code I-X} after {@code O} starts an entity, as conlleval counts it. Bare labels are how CoreNLP
 * answers (IO encoding), which cannot separate two adjacent entities of one type.
 */
final class SpanDecoder {
  static final String OUTSIDE = "O";

  private SpanDecoder() {}

  static List<Entity> decode(int sentence, List<String> tags) {
    List<Entity> entities = new ArrayList<>();
    String openType = null;
    int openBegin = -1;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      String type = type(tag);
      boolean continues = type != null && type.equals(openType) && !tag.startsWith("B-");
      if (openType != null && !continues) {
        entities.add(new Entity(sentence, openBegin, i, openType));
        openType = null;
      }
      if (type != null && !continues) {
        openType = type;
        openBegin = i;
      }
    }
    if (openType != null) {
      entities.add(new Entity(sentence, openBegin, tags.size(), openType));
    }
    return entities;
  }

  /** The entity type of a tag, or null for outside. */
  static String type(String tag) {
    if (tag == null || tag.isEmpty() || tag.equals(OUTSIDE)) {
      return null;
    }
    if (tag.length() > 2 && tag.charAt(1) == '-' && (tag.charAt(0) == 'B' || tag.charAt(0) == 'I')) {
      return tag.substring(2);
    }
    return tag;
  }
}
