package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Matches;
import org.apache.lucene.search.MatchesIterator;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Span;

/**
 * Where in a matching document the phrase is, and which variant it is: Lucene's match positions
 * give the offsets (the text field stores them in its postings), the stored text says which
 * wording is there. Reads only the documents it is asked about, a page at a time.
 */
final class PhraseLocator {
  private final IndexSearcher searcher;
  private final List<PhraseVariant> variants;
  private final Weight[] weights;
  private final String phrase;
  private final Set<String> fields = new HashSet<>(Set.of(OWNER, PUBLISHED_ISO, ISSUER, SOURCE, KIND, URL));

  PhraseLocator(IndexSearcher searcher, PhraseQueries.Built built) throws IOException {
    this.searcher = searcher;
    this.variants = built.variants();
    this.weights = new Weight[variants.size()];
    for (int i = 0; i < weights.length; i++) {
      weights[i] = searcher.createWeight(searcher.rewrite(built.queries().get(i)), ScoreMode.COMPLETE_NO_SCORES, 1f);
    }
    this.phrase = PhraseWords.normalized(variants.get(0).text());
    for (Group g : Group.values()) {
      fields.add(field(TEXT, g));
      fields.add(field(TITLE, g));
    }
  }

  /** The uses of {@code docs} from {@code from} on, in their order. */
  List<PhraseUse> uses(ScoreDoc[] docs, int from) throws IOException {
    List<PhraseUse> out = new ArrayList<>();
    for (int i = from; i < docs.length; i++) {
      out.add(use(docs[i].doc));
    }
    return out;
  }

  /** One variant's words at one place of the text. */
  private record Occurrence(int begin, int end, int variant) {}

  PhraseUse use(int doc) throws IOException {
    Document d = searcher.storedFields().document(doc, fields);
    String text = firstOf(d, TEXT);
    List<Occurrence> found = occurrences(doc);
    Occurrence chosen = choose(found, text);
    Span sentence = Sentences.around(text, chosen.begin(), chosen.end());
    PhraseMatch match = new PhraseMatch(chosen.begin(), chosen.end(), text.substring(chosen.begin(), chosen.end()));
    PhraseVariant variant = variants.get(chosen.variant());
    String id = d.get(OWNER);
    return new PhraseUse(id, d.get(PUBLISHED_ISO), firstOf(d, TITLE), d.get(ISSUER), d.get(SOURCE),
        DocumentKind.valueOf(d.get(KIND)), d.get(URL), sentence.of(text), sentence, match, variant.text(),
        variant.kind(), PhraseWords.normalized(match.text()).equals(phrase), speakerAt(id, match),
        distinctPlaces(found));
  }

  /** Every place each variant matches in the document's text. */
  private List<Occurrence> occurrences(int doc) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
    List<Occurrence> out = new ArrayList<>();
    for (int v = 0; v < weights.length; v++) {
      Matches matches = weights[v].matches(leaf, doc - leaf.docBase);
      if (matches == null) {
        continue;
      }
      for (Group g : Group.values()) {
        MatchesIterator it = matches.getMatches(field(TEXT, g));
        while (it != null && it.next()) {
          if (it.startOffset() >= 0) {
            out.add(new Occurrence(it.startOffset(), it.endOffset(), v));
          }
        }
      }
    }
    return out;
  }

  /**
   * The first place in the text, as the variant written there word for word when one is (the
   * match widened to the small words the analyser dropped at its ends: "the" in "the DPRK"), else
   * as the closest variant that matched.
   */
  private Occurrence choose(List<Occurrence> found, String text) {
    if (found.isEmpty()) {
      // cannot happen for a document the query matched; the start of the text is an honest fallback
      return new Occurrence(0, 0, 0);
    }
    int end = clusterEnd(found);
    List<Occurrence> here = found.stream().filter(o -> o.begin() < end)
        .sorted(Comparator.comparingInt(Occurrence::variant)).toList();
    Occurrence best = null;
    for (Occurrence o : here) {
      Optional<Span> literal = literal(text, o.begin(), o.end(), variants.get(o.variant()).text());
      if (literal.isPresent() && (best == null || literal.get().length() > best.end() - best.begin())) {
        best = new Occurrence(literal.get().begin(), literal.get().end(), o.variant());
      }
    }
    return best != null ? best : here.get(0);
  }

  /** Where the earliest matches end, with every match overlapping them: one place of the text. */
  private static int clusterEnd(List<Occurrence> found) {
    List<Occurrence> sorted = found.stream().sorted(Comparator.comparingInt(Occurrence::begin)).toList();
    int end = sorted.get(0).end();
    for (Occurrence o : sorted) {
      if (o.begin() >= end) {
        break;
      }
      end = Math.max(end, o.end());
    }
    return end;
  }

  /** How many places of the text use the phrase, overlapping matches counted once. */
  private static int distinctPlaces(List<Occurrence> found) {
    int places = 0;
    int end = -1;
    for (Occurrence o : found.stream().sorted(Comparator.comparingInt(Occurrence::begin)).toList()) {
      if (o.begin() >= end) {
        places++;
      }
      end = Math.max(end, o.end());
    }
    return places;
  }

  /**
   * The span of {@code variant} written word for word at {@code [begin, end)}, widened by the small words at its
   * ends the analyser dropped; empty when the text there is worded otherwise.
   */
  static Optional<Span> literal(String text, int matchBegin, int matchEnd, String variant) {
    String matched = PhraseWords.normalized(text.substring(matchBegin, matchEnd));
    String wanted = PhraseWords.normalized(variant);
    int at = wanted.indexOf(matched);
    if (matched.isEmpty() || at < 0) {
      return Optional.empty();
    }
    int begin = matchBegin;
    int end = matchEnd;
    String before = wanted.substring(0, at).strip();
    String after = wanted.substring(at + matched.length()).strip();
    if (!before.isEmpty()) {
      var m = Pattern.compile("(?iu)(?<![\\p{L}\\p{N}])" + words(before) + "\\s+$")
          .matcher(text.substring(Math.max(0, begin - before.length() * 2 - 10), begin));
      if (!m.find()) {
        return Optional.empty();
      }
      begin -= m.group().length();
    }
    if (!after.isEmpty()) {
      var m = Pattern.compile("(?iu)^\\s+" + words(after) + "(?![\\p{L}\\p{N}])")
          .matcher(text.substring(end, Math.min(text.length(), end + after.length() * 2 + 10)));
      if (!m.find()) {
        return Optional.empty();
      }
      end += m.group().length();
    }
    return Optional.of(new Span(begin, end));
  }

  /** A pattern for normalised words as the text may write them: any spacing, any apostrophe or dash. */
  private static String words(String normalized) {
    StringBuilder pattern = new StringBuilder();
    for (int i = 0; i < normalized.length(); i++) {
      char c = normalized.charAt(i);
      if (c == ' ') {
        pattern.append("\\s+");
      } else if (c == '\'') {
        pattern.append("['’‘]");
      } else if (c == '-') {
        pattern.append("[-‐‑‒–—]");
      } else {
        pattern.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return pattern.toString();
  }

  /** Who says the words at {@code match}, when they stand inside a quote of the document. */
  private String speakerAt(String id, PhraseMatch match) throws IOException {
    BooleanQuery.Builder quotes = new BooleanQuery.Builder();
    quotes.add(Filters.type(TYPE_QUOTE), BooleanClause.Occur.FILTER);
    quotes.add(new TermQuery(new Term(OWNER, id)), BooleanClause.Occur.FILTER);
    Set<String> wanted = Set.of(PARTS, SPEAKER_NAME, SPEAKER_SAID);
    for (ScoreDoc sd : searcher.search(quotes.build(), Page.MAX_LIMIT).scoreDocs) {
      Document q = searcher.storedFields().document(sd.doc, wanted);
      for (Span part : LuceneDocuments.spans(q.get(PARTS))) {
        if (part.begin() <= match.begin() && match.end() <= part.end()) {
          return q.get(SPEAKER_NAME) != null ? q.get(SPEAKER_NAME) : q.get(SPEAKER_SAID);
        }
      }
    }
    return null;
  }

  private static String firstOf(Document d, String base) {
    for (Group g : Group.values()) {
      String value = d.get(field(base, g));
      if (value != null) {
        return value;
      }
    }
    return base.equals(TEXT) ? "" : null;
  }
}
