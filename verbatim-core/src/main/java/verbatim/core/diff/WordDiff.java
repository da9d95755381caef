package verbatim.core.diff;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeltaType;
import java.util.ArrayList;
import java.util.List;
import verbatim.core.model.Span;
import verbatim.core.nlp.Token;

/**
 * The word-level changes between two versions of a sentence: a Myers diff of their tokens as
 * written, punctuation included (a comma that became a full stop is a change), each change given as
 * spans into the two documents' texts.
 */
final class WordDiff {
  private WordDiff() {}

  static List<WordEdit> edits(SentenceView a, SentenceView b) {
    List<WordEdit> edits = new ArrayList<>();
    for (AbstractDelta<String> delta : DiffUtils.diff(a.written, b.written).getDeltas()) {
      if (delta.getType() == DeltaType.EQUAL) {
        continue;
      }
      Span from = span(a, delta.getSource());
      Span to = span(b, delta.getTarget());
      WordEdit.Type type = from.length() == 0 ? WordEdit.Type.INSERT
          : to.length() == 0 ? WordEdit.Type.DELETE : WordEdit.Type.REPLACE;
      edits.add(new WordEdit(type, from, to, a.sentence.textOf(from), b.sentence.textOf(to)));
    }
    return edits;
  }

  /** The span of a chunk's tokens; an empty chunk is the point after the token before it. */
  private static Span span(SentenceView side, Chunk<String> chunk) {
    List<Token> tokens = side.tokens;
    int at = chunk.getPosition();
    if (chunk.size() == 0) {
      int point = at == 0 ? side.sentence.span().begin() : tokens.get(at - 1).end();
      return new Span(point, point);
    }
    return new Span(tokens.get(at).begin(), tokens.get(at + chunk.size() - 1).end());
  }
}
