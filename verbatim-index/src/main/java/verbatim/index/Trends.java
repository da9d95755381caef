package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;

/**
 * {@link Corpus#trends}: the phrases of one to three words whose use rose most in a period against
 * the period of the same length before it, by Dunning's log-likelihood on the number of texts using
 * each phrase. A text counts a phrase once, so one long piece repeating a slogan does not make a
 * trend. Boilerplate is left out: a phrase found in most texts of one publisher in both periods (a
 * site's sign-off, its "Read more" line) is that publisher's furniture, not news. Phrases that start or end with a
 * function word ("of the", "said that") are not phrases.
 */
final class Trends {
  /** Texts read per period; a larger period is sampled evenly by document order. */
  static final int MAX_TEXTS = 20_000;
  private static final int MIN_USES = 3;
  private static final int MAX_WORDS = 3;
  /** A phrase in this share of one publisher's texts (with at least {@link #MIN_SOURCE_TEXTS}) is boilerplate. */
  private static final double BOILERPLATE_SHARE = 0.5;
  private static final int MIN_SOURCE_TEXTS = 5;
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’\\-][\\p{L}\\p{N}]+)*|[.!?;:\"“”()]");
  private static final Set<String> FUNCTION_WORDS = functionWords();

  private final IndexStore index;
  private final Filters filters;

  Trends(IndexStore index, Filters filters) {
    this.index = index;
    this.filters = filters;
  }

  TrendResult run(TrendQuery q) throws IOException {
    LocalDate previousTo = q.from().minusDays(1);
    Period now = read(q, q.from(), q.to());
    Period before = read(q, q.previousFrom(), previousTo);
    Map<String, Integer> nowUses = now.uses(before);
    Map<String, Integer> beforeUses = before.uses(now);
    List<Trend> trends = new ArrayList<>();
    for (Map.Entry<String, Integer> e : nowUses.entrySet()) {
      long a = e.getValue();
      long b = beforeUses.getOrDefault(e.getKey(), 0);
      if (a < MIN_USES || (double) a / now.texts() <= (double) b / Math.max(1, before.texts())) {
        continue;
      }
      trends.add(new Trend(e.getKey(), a, b, logLikelihood(a, b, now.texts(), before.texts()),
          ((double) a / now.texts()) / (Math.max(b, 0.5) / Math.max(1, before.texts()))));
    }
    trends.sort(Comparator.comparingDouble(Trend::logLikelihood).reversed().thenComparing(Trend::phrase));
    return new TrendResult(q.from(), q.to(), q.previousFrom(), previousTo, now.texts(), before.texts(),
        now.sampled || before.sampled, withoutShorterEchoes(trends, q.limit()));
  }

  /** "complete denuclearization" and "complete denuclearization of"... keep the longest phrase of a family when it is as strong. */
  private static List<Trend> withoutShorterEchoes(List<Trend> ranked, int limit) {
    List<Trend> kept = new ArrayList<>();
    for (Trend t : ranked) {
      boolean echo = false;
      for (Trend k : kept) {
        if (contains(k.phrase(), t.phrase()) && k.documents() >= 0.8 * t.documents()) {
          echo = true;
          break;
        }
      }
      if (!echo) {
        kept.removeIf(k -> contains(t.phrase(), k.phrase()) && t.documents() >= 0.8 * k.documents());
        kept.add(t);
      }
      if (kept.size() >= limit * 2) {
        break;
      }
    }
    return kept.subList(0, Math.min(limit, kept.size()));
  }

  private static boolean contains(String longer, String shorter) {
    return !longer.equals(shorter) && (" " + longer + " ").contains(" " + shorter + " ");
  }

  /**
   * Dunning's G² on the 2×2 table of texts that use a phrase and texts that do not, in each period:
   * {@code a} of {@code sizeA} against {@code b} of {@code sizeB}.
   */
  static double logLikelihood(long a, long b, long sizeA, long sizeB) {
    double total = sizeA + sizeB;
    double users = a + b;
    double others = total - users;
    return 2 * (term(a, sizeA * users / total) + term(b, sizeB * users / total)
        + term(sizeA - a, sizeA * others / total) + term(sizeB - b, sizeB * others / total));
  }

  private static double term(double observed, double expected) {
    return observed <= 0 || expected <= 0 ? 0 : observed * Math.log(observed / expected);
  }

  /** The phrases of each text of one period, and where each text came from. */
  private static final class Period {
    final List<Set<String>> phrases = new ArrayList<>();
    final List<String> sources = new ArrayList<>();
    final Map<String, Map<String, Integer>> bySource = new HashMap<>();
    final Map<String, Integer> sourceTexts = new HashMap<>();
    boolean sampled;

    void add(String source, Set<String> textPhrases) {
      phrases.add(textPhrases);
      sources.add(source);
      sourceTexts.merge(source, 1, Integer::sum);
      Map<String, Integer> counts = bySource.computeIfAbsent(source, x -> new HashMap<>());
      for (String phrase : textPhrases) {
        counts.merge(phrase, 1, Integer::sum);
      }
    }

    long texts() {
      return phrases.size();
    }

    /** Whether most of this source's texts carry the phrase. */
    boolean common(String source, String phrase) {
      int n = sourceTexts.getOrDefault(source, 0);
      return n >= MIN_SOURCE_TEXTS && bySource.get(source).getOrDefault(phrase, 0) >= BOILERPLATE_SHARE * n;
    }

    /**
     * How many texts use each phrase, leaving out a publisher's furniture: a phrase most of its
     * texts carry in this period and in {@code other} too. (Common in one period only is news.)
     */
    Map<String, Integer> uses(Period other) {
      Map<String, Integer> uses = new HashMap<>();
      for (int t = 0; t < phrases.size(); t++) {
        String source = sources.get(t);
        for (String phrase : phrases.get(t)) {
          if (!(common(source, phrase) && other.common(source, phrase))) {
            uses.merge(phrase, 1, Integer::sum);
          }
        }
      }
      return uses;
    }
  }

  private Period read(TrendQuery q, LocalDate from, LocalDate to) throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(new MatchAllDocsQuery(), BooleanClause.Occur.MUST);
    boolean quotes = q.speaker() != null && !q.speaker().isBlank();
    query.add(Filters.type(quotes ? TYPE_QUOTE : TYPE_DOCUMENT), BooleanClause.Occur.FILTER);
    Filters.add(query, Filters.days(from, to));
    Filters.add(query, Filters.anyOf(SOURCE, q.sources(), false));
    if (quotes) {
      Filters.add(query, filters.named(SPEAKER, SPEAKER_ALIAS, List.of(q.speaker())));
    }
    Query built = query.build();
    return index.search(searcher -> count(searcher, built, quotes ? QUOTE_TEXT : TEXT));
  }

  private static Period count(IndexSearcher searcher, Query query, String textField) throws IOException {
    Period p = new Period();
    int total = searcher.count(query);
    TopDocs all = searcher.search(query, Math.max(1, total));
    ScoreDoc[] docs = all.scoreDocs;
    int step = Math.max(1, (docs.length + MAX_TEXTS - 1) / MAX_TEXTS);
    p.sampled = step > 1;
    for (int i = 0; i < docs.length; i += step) {
      Document d = searcher.storedFields().document(docs[i].doc);
      String text = text(d, textField);
      if (text != null) {
        p.add(String.valueOf(d.get(SOURCE)), phrases(text));
      }
    }
    return p;
  }

  private static String text(Document d, String base) {
    for (Group g : Group.values()) {
      IndexableField f = d.getField(field(base, g));
      if (f != null && f.stringValue() != null) {
        return f.stringValue();
      }
    }
    return null;
  }

  /** The distinct phrases of one to three words of a text, not across sentence punctuation. */
  static Set<String> phrases(String text) {
    Set<String> out = new HashSet<>();
    List<String> run = new ArrayList<>();
    Matcher m = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (m.find()) {
      String w = m.group();
      if (!Character.isLetterOrDigit(w.charAt(0))) {
        run.clear(); // a stop, a quote mark or a bracket ends the phrase
        continue;
      }
      run.add(w);
      int last = run.size() - 1;
      for (int n = 1; n <= MAX_WORDS && n <= run.size(); n++) {
        String first = run.get(last - n + 1);
        if (FUNCTION_WORDS.contains(first) || FUNCTION_WORDS.contains(w) || isNumber(first) || isNumber(w)) {
          continue;
        }
        out.add(String.join(" ", run.subList(last - n + 1, last + 1)));
      }
    }
    return out;
  }

  private static boolean isNumber(String w) {
    return w.chars().allMatch(Character::isDigit);
  }

  private static Set<String> functionWords() {
    Set<String> words = new HashSet<>();
    EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
    words.addAll(List.of("said", "says", "say", "also", "would", "could", "should", "has", "have", "had", "its", "his",
        "her", "he", "she", "we", "you", "i", "our", "their", "from", "who", "which", "what", "when", "were", "been",
        "being", "than", "more", "most", "about", "after", "before", "over", "some", "can", "may", "us", "mr", "mrs",
        "ms", "do", "did", "does", "just", "like", "very", "all", "one", "two", "new", "last", "year", "years", "told",
        "my", "me", "him", "them", "any", "out", "up", "so", "now", "how", "many", "much", "other"));
    return Set.copyOf(words);
  }
}
