package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.CollectorManager;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreMode;

/**
 * The second pass of {@link PeopleDirectory}: the names and roles documents give the people to
 * return, from doc values. A full name counts 2 and an alias 1 towards choosing a person's name.
 */
final class PersonNamings implements Collector {
  /** Each name of one person with how much it is used, and their roles in the order met. */
  record Naming(Map<String, Integer> uses, Set<String> roles) {
    Naming plus(Naming other) {
      Map<String, Integer> u = new HashMap<>(uses);
      other.uses.forEach((n, c) -> u.merge(n, c, Integer::sum));
      Set<String> r = new LinkedHashSet<>(roles);
      r.addAll(other.roles);
      return new Naming(u, r);
    }
  }

  private final Set<String> wanted;
  private final Map<String, Naming> namings = new HashMap<>();

  private PersonNamings(Set<String> wanted) {
    this.wanted = wanted;
  }

  /** Names of the people whose key is in {@code wanted}, or of everyone for {@code null}. */
  static CollectorManager<PersonNamings, Map<String, Naming>> manager(Set<String> wanted) {
    return new CollectorManager<>() {
      @Override
      public PersonNamings newCollector() {
        return new PersonNamings(wanted);
      }

      @Override
      public Map<String, Naming> reduce(Collection<PersonNamings> collectors) {
        return PeopleDirectory.merged(collectors.stream().map(c -> c.namings).toList(), Naming::plus);
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

  /** Names and roles of one segment, by ordinal there, spelled out once the segment is done. */
  private final class Segment implements LeafCollector {
    private final SortedDocValues keys;
    private final SortedDocValues names;
    private final SortedSetDocValues aliases;
    private final SortedSetDocValues roles;
    private final Map<Integer, Map<Long, Integer>> nameUses = new HashMap<>();
    private final Map<Integer, Map<Long, Integer>> aliasUses = new HashMap<>();
    private final Map<Integer, Set<Long>> roleOrds = new HashMap<>();
    private final List<Integer> order = new ArrayList<>();

    Segment(LeafReader reader) throws IOException {
      keys = DocValues.getSorted(reader, PERSON_KEY);
      names = DocValues.getSorted(reader, PERSON_NAME);
      aliases = DocValues.getSortedSet(reader, PERSON_ALIAS);
      roles = DocValues.getSortedSet(reader, PERSON_ROLE);
    }

    @Override
    public void setScorer(Scorable scorer) {
      // names need no score
    }

    @Override
    public void collect(int doc) throws IOException {
      if (!keys.advanceExact(doc)) {
        return;
      }
      int key = keys.ordValue();
      if (!nameUses.containsKey(key)) {
        nameUses.put(key, new HashMap<>());
        aliasUses.put(key, new HashMap<>());
        roleOrds.put(key, new LinkedHashSet<>());
        order.add(key);
      }
      if (names.advanceExact(doc)) {
        nameUses.get(key).merge((long) names.ordValue(), 2, Integer::sum);
      }
      if (aliases.advanceExact(doc)) {
        for (int i = 0; i < aliases.docValueCount(); i++) {
          aliasUses.get(key).merge(aliases.nextOrd(), 1, Integer::sum);
        }
      }
      if (roles.advanceExact(doc)) {
        for (int i = 0; i < roles.docValueCount(); i++) {
          roleOrds.get(key).add(roles.nextOrd());
        }
      }
    }

    @Override
    public void finish() throws IOException {
      for (int key : order) {
        String person = keys.lookupOrd(key).utf8ToString();
        if (wanted != null && !wanted.contains(person)) {
          continue;
        }
        Map<String, Integer> uses = new HashMap<>();
        for (Map.Entry<Long, Integer> e : nameUses.get(key).entrySet()) {
          uses.merge(names.lookupOrd(e.getKey().intValue()).utf8ToString(), e.getValue(), Integer::sum);
        }
        for (Map.Entry<Long, Integer> e : aliasUses.get(key).entrySet()) {
          uses.merge(aliases.lookupOrd(e.getKey()).utf8ToString(), e.getValue(), Integer::sum);
        }
        Set<String> spelled = new LinkedHashSet<>();
        for (long role : roleOrds.get(key)) {
          spelled.add(roles.lookupOrd(role).utf8ToString());
        }
        namings.merge(person, new Naming(uses, spelled), Naming::plus);
      }
    }
  }
}
