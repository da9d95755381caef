package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The first pass of {@link PeopleDirectory}: documents, quotes and mentions a person key, added up
 * from doc values by ordinal within each segment, and by key only once a segment is done.
 */
final class PersonTallies implements Collector {
  /** One person's counts. */
  record Tally(int documents, int quotes, int mentions) {
    /** Most documents first, then most quoted. */
    static final Comparator<Tally> MOST_FIRST = Comparator.comparingInt(Tally::documents).reversed()
        .thenComparing(Comparator.comparingInt(Tally::quotes).reversed());

    Tally plus(Tally other) {
      return new Tally(documents + other.documents, quotes + other.quotes, mentions + other.mentions);
    }
  }

  private final Map<String, Tally> tallies = new HashMap<>();

  static CollectorManager<PersonTallies, Map<String, Tally>> manager() {
    return new CollectorManager<>() {
      @Override
      public PersonTallies newCollector() {
        return new PersonTallies();
      }

      @Override
      public Map<String, Tally> reduce(Collection<PersonTallies> collectors) {
        return PeopleDirectory.merged(collectors.stream().map(c -> c.tallies).toList(), Tally::plus);
      }
    };
  }

  @Override
  public LeafCollector getLeafCollector(LeafReaderContext context) throws IOException {
    return new Segment(context.reader());
  }

  @Override
  public ScoreMode scoreMode() {
    return ScoreMode.COMPLETE_NO_SCORES;
  }

  /** Counts of one segment, by the ordinal of the key there. */
  private final class Segment implements LeafCollector {
    private final SortedDocValues keys;
    private final NumericDocValues firsts;
    private final NumericDocValues quoted;
    private final NumericDocValues mentioned;
    private final int[] documents;
    private final int[] quotes;
    private final int[] mentions;
    private final boolean[] seen;

    Segment(LeafReader reader) throws IOException {
      keys = DocValues.getSorted(reader, PERSON_KEY);
      firsts = DocValues.getNumeric(reader, PERSON_DOCUMENT);
      quoted = DocValues.getNumeric(reader, PERSON_QUOTES);
      mentioned = DocValues.getNumeric(reader, PERSON_MENTIONS);
      int n = keys.getValueCount();
      documents = new int[n];
      quotes = new int[n];
      mentions = new int[n];
      seen = new boolean[n];
    }

    @Override
    public void setScorer(Scorable scorer) {
      // counts need no score
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!keys.advanceExact(doc)) {
        return;
      }
      int ord = keys.ordValue();
      seen[ord] = true;
      if (firsts.advanceExact(doc)) {
        documents[ord] += (int) firsts.longValue();
      }
      if (quoted.advanceExact(doc)) {
        quotes[ord] += (int) quoted.longValue();
      }
      if (mentioned.advanceExact(doc)) {
        mentions[ord] += (int) mentioned.longValue();
      }
    }

    @Override
    public void finish() throws IOException {
      for (int ord = 0; ord < seen.length; ord++) {
        if (seen[ord]) {
          tallies.merge(keys.lookupOrd(ord).utf8ToString(), new Tally(documents[ord], quotes[ord], mentions[ord]),
              Tally::plus);
        }
      }
    }
  }
}
