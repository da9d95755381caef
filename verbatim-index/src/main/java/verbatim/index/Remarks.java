package verbatim.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import verbatim.core.model.QuoteKind;

/**
 * {@link Corpus#remarks}: the reports of one utterance grouped together. Outlets report the same
 * remark in different words ("getting along well with him is a big asset to everybody" / "it's a
 * very big asset for everybody that I do get along with him"), so two quotes of one speaker are
 * one remark when they were published within a few days of each other and share most of their
 * content words once stemmed: the larger of their Jaccard overlap and the share of the shorter
 * one's words found in the longer one reaches the query's similarity. Groups are the connected
 * sets of such pairs.
 */
final class Remarks {
  /** Quotes read for one grouping; a speaker quoted more often than this needs a date range. */
  static final int MAX_QUOTES = 20_000;
  private static final int PAGE = Page.MAX_LIMIT;
  /** A remark of fewer content words than this is matched only when it is word for word the same. */
  private static final int MIN_WORDS = 3;

  private final Analyzer stemmer = new EnglishAnalyzer();

  RemarkResult run(Corpus corpus, RemarkQuery q) throws IOException {
    List<QuoteHit> quotes = new ArrayList<>();
    long total = 0;
    for (int offset = 0; offset < MAX_QUOTES; offset += PAGE) {
      QuoteQuery page = new QuoteQuery(q.speaker(), null, q.from(), q.to(), null, Order.OLDEST, new Page(offset, PAGE));
      QuoteResult r = corpus.quotes(page);
      total = r.total();
      for (QuoteHit h : r.hits()) {
        if (h.kind() != QuoteKind.TERM && h.speaker() != null && !"UNKNOWN".equals(h.speaker().type())) {
          quotes.add(h);
        }
      }
      if (offset + PAGE >= r.total()) {
        break;
      }
    }
    List<Remark> remarks = group(quotes, q);
    remarks.sort(Comparator.comparingInt((Remark r) -> r.versions().size()).reversed()
        .thenComparing(r -> String.valueOf(r.earliest().published())));
    int from = Math.min(q.page().offset(), remarks.size());
    int to = Math.min(from + q.page().limit(), remarks.size());
    return new RemarkResult(quotes.size(), remarks.size(), remarks.subList(from, to), total > MAX_QUOTES);
  }

  private List<Remark> group(List<QuoteHit> quotes, RemarkQuery q) {
    quotes.sort(Comparator.comparing(h -> String.valueOf(h.published())));
    List<Set<String>> words = new ArrayList<>();
    List<Long> days = new ArrayList<>();
    for (QuoteHit h : quotes) {
      words.add(stems(h.text()));
      days.add(day(h.published()));
    }
    int[] parent = new int[quotes.size()];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int i = 0; i < quotes.size() && days.get(i) != null; i++) {
      for (int j = i + 1; j < quotes.size(); j++) {
        if (days.get(j) == null || days.get(j) - days.get(i) > q.windowDays()) {
          break; // sorted by date, undated last: nothing later is close enough (undated reports stand alone)
        }
        if (sameSpeaker(quotes.get(i), quotes.get(j)) && alike(words.get(i), words.get(j), q.similarity())) {
          parent[find(parent, j)] = find(parent, i);
        }
      }
    }
    Map<Integer, List<QuoteHit>> groups = new HashMap<>();
    for (int i = 0; i < quotes.size(); i++) {
      groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(quotes.get(i));
    }
    List<Remark> remarks = new ArrayList<>();
    for (List<QuoteHit> versions : groups.values()) {
      Set<String> sources = new HashSet<>();
      versions.forEach(v -> sources.add(String.valueOf(v.source())));
      QuoteHit first = versions.get(0);
      remarks.add(new Remark(speakerName(first), first, versions, sources.size()));
    }
    return remarks;
  }

  private static int find(int[] parent, int i) {
    while (parent[i] != i) {
      parent[i] = parent[parent[i]];
      i = parent[i];
    }
    return i;
  }

  /** The same person across documents when both are tied to one; else the same name as printed. */
  private static boolean sameSpeaker(QuoteHit a, QuoteHit b) {
    if (!a.speaker().people().isEmpty() || !b.speaker().people().isEmpty()) {
      return a.speaker().people().stream().anyMatch(b.speaker().people()::contains);
    }
    return speakerName(a).equalsIgnoreCase(speakerName(b));
  }

  private static String speakerName(QuoteHit h) {
    return h.speaker().name() != null ? h.speaker().name() : String.valueOf(h.speaker().said());
  }

  static boolean alike(Set<String> a, Set<String> b, double threshold) {
    if (a.isEmpty() || b.isEmpty()) {
      return false;
    }
    int shared = 0;
    for (String w : a) {
      if (b.contains(w)) {
        shared++;
      }
    }
    int smaller = Math.min(a.size(), b.size());
    if (smaller < MIN_WORDS) {
      return a.equals(b);
    }
    double jaccard = (double) shared / (a.size() + b.size() - shared);
    double containment = (double) shared / smaller;
    return Math.max(jaccard, containment) >= threshold;
  }

  /** Content words, stemmed, without stop words: what two wordings of one remark share. */
  Set<String> stems(String text) {
    Set<String> out = new HashSet<>();
    try (TokenStream ts = stemmer.tokenStream("", text)) {
      CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
      ts.reset();
      while (ts.incrementToken()) {
        out.add(term.toString());
      }
      ts.end();
    } catch (IOException e) {
      throw new UncheckedIOException("tokenising a string cannot fail", e);
    }
    return out;
  }

  private static Long day(String published) {
    if (published == null || published.length() < 10) {
      return null;
    }
    try {
      return LocalDate.parse(published.substring(0, 10)).toEpochDay();
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }
}
