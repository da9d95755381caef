package verbatim.corenlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Cuts "sentences" too long to be prose (a table, a list, a page without stops) into pieces
 * before tagging and parsing. CoreNLP's parser has no length limit, and its time grows with the
 * square of a sentence's length: one 50,000-token line would hold a worker for minutes.
 */
final class SentenceChunks {
  /** Longer than any sentence a news writer would print. */
  static final int MAX_TOKENS = 200;
  private static final Set<String> SOFT_BREAKS = Set.of(";", ",", ":", "--", "—", "–");

  private SentenceChunks() {}

  static void limit(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences.stream().noneMatch(s -> s.get(CoreAnnotations.TokensAnnotation.class).size() > MAX_TOKENS)) {
      return;
    }
    List<CoreMap> limited = new ArrayList<>();
    for (CoreMap sentence : sentences) {
      List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
      int start = 0;
      while (start < tokens.size()) {
        int end = cut(tokens, start);
        limited.add(piece(tokens, start, end, limited.size()));
        start = end;
      }
    }
    document.set(CoreAnnotations.SentencesAnnotation.class, limited);
  }

  /** Where the piece starting at {@code start} ends: after the last soft break within reach, else at the limit. */
  private static int cut(List<CoreLabel> tokens, int start) {
    int limit = Math.min(tokens.size(), start + MAX_TOKENS);
    if (limit == tokens.size()) {
      return limit;
    }
    for (int i = limit - 1; i > start + MAX_TOKENS / 2; i--) {
      if (SOFT_BREAKS.contains(tokens.get(i).word())) {
        return i + 1;
      }
    }
    return limit;
  }

  private static CoreMap piece(List<CoreLabel> tokens, int start, int end, int index) {
    List<CoreLabel> part = new ArrayList<>(tokens.subList(start, end));
    CoreMap sentence = new ArrayCoreMap();
    sentence.set(CoreAnnotations.TokensAnnotation.class, part);
    sentence.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, part.get(0).beginPosition());
    sentence.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, part.get(part.size() - 1).endPosition());
    Integer tokenBegin = part.get(0).get(CoreAnnotations.TokenBeginAnnotation.class);
    sentence.set(CoreAnnotations.TokenBeginAnnotation.class, tokenBegin == null ? start : tokenBegin);
    sentence.set(CoreAnnotations.TokenEndAnnotation.class, (tokenBegin == null ? start : tokenBegin) + part.size());
    sentence.set(CoreAnnotations.SentenceIndexAnnotation.class, index);
    for (CoreLabel token : part) {
      token.setSentIndex(index);
    }
    return sentence;
  }
}
