package verbatim.core.diff;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import verbatim.core.extract.Paragraphs;
import verbatim.core.model.Span;
import verbatim.core.nlp.RuleSentenceSplitter;
import verbatim.core.nlp.Sentence;
import verbatim.core.nlp.Token;

/**
 * Compares two versions of a statement the way an analyst reads them: which sentences were kept,
 * reworded, moved, added or removed, the words changed inside each reworded sentence, and the
 * phrases dropped and added.
 *
 * <p>Sentences come from {@link RuleSentenceSplitter}, so both versions are cut by the same rules
 * and no NLP model is loaded. Two sentences are the same sentence when their tokens are equal
 * ({@link SentenceStatus#KEPT}), or when their similarity (the Dice coefficient of the longest
 * common subsequence of their words, see {@link Similarity}) is at least
 * {@value SentenceAligner#REWORDED_AT} ({@link SentenceStatus#REWORDED}); see {@link SentenceAligner}
 * for why, and for how the search stays near linear on long documents. Pairs out of the order the
 * others keep are {@link SentenceStatus#MOVED} ({@link ReadingOrder}). Word edits come from a Myers
 * diff of the tokens ({@link WordDiff}); phrases from the runs of changed words ({@link PhraseSummary}).
 *
 * <p>Thread-safe and stateless. Never throws on odd text: empty versions give no rows.
 */
public final class StatementDiff {
  private final RuleSentenceSplitter splitter = new RuleSentenceSplitter();

  public Comparison compare(Statement a, Statement b) {
    List<SentenceView> sa = sentences(a);
    List<SentenceView> sb = sentences(b);
    List<SentenceAligner.Match> matches = SentenceAligner.align(sa, sb);
    List<SentencePair> rows = new ArrayList<>();
    List<BitSet> changedA = marks(sa);
    List<BitSet> changedB = marks(sb);
    boolean[] rewordedA = new boolean[sa.size()];
    boolean[] rewordedB = new boolean[sb.size()];
    for (ReadingOrder.Row row : ReadingOrder.rows(matches, sa, sb)) {
      SentenceView va = row.a() < 0 ? null : sa.get(row.a());
      SentenceView vb = row.b() < 0 ? null : sb.get(row.b());
      List<WordEdit> edits = va == null || vb == null || va.key.equals(vb.key) ? List.of() : WordDiff.edits(va, vb);
      if (va == null) {
        changedB.get(row.b()).set(0, vb.size());
      } else if (vb == null) {
        changedA.get(row.a()).set(0, va.size());
      } else {
        for (WordEdit e : edits) {
          mark(va, e.a(), changedA.get(row.a()));
          mark(vb, e.b(), changedB.get(row.b()));
        }
        rewordedA[row.a()] = true;
        rewordedB[row.b()] = true;
      }
      rows.add(new SentencePair(row.status(), va == null ? null : va.sentence, vb == null ? null : vb.sentence,
          row.similarity(), edits));
    }
    return new Comparison(a, b, rows, Counts.of(rows),
        PhraseSummary.of(a.text(), sa, changedA, rewordedA, sb),
        PhraseSummary.of(b.text(), sb, changedB, rewordedB, sa));
  }

  private List<SentenceView> sentences(Statement statement) {
    String text = statement.text();
    List<Span> paragraphs = statement.paragraphs().isEmpty() ? Paragraphs.of(text) : statement.paragraphs();
    List<SentenceView> views = new ArrayList<>();
    for (int p = 0; p < paragraphs.size(); p++) {
      for (Sentence s : splitter.split(text, List.of(paragraphs.get(p)))) {
        DiffSentence sentence = new DiffSentence(views.size(), p, s.span(), s.span().of(text));
        views.add(new SentenceView(sentence, s.tokens()));
      }
    }
    return views;
  }

  private static List<BitSet> marks(List<SentenceView> sentences) {
    List<BitSet> marks = new ArrayList<>(sentences.size());
    for (SentenceView s : sentences) {
      marks.add(new BitSet(s.size()));
    }
    return marks;
  }

  /** Marks the tokens of {@code view} that lie inside {@code span}. */
  private static void mark(SentenceView view, Span span, BitSet marks) {
    if (span.length() == 0) {
      return;
    }
    List<Token> tokens = view.tokens;
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).begin() >= span.begin() && tokens.get(i).end() <= span.end()) {
        marks.set(i);
      }
    }
  }
}
