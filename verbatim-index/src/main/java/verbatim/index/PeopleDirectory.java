package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BinaryOperator;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import verbatim.core.model.EntityType;
import verbatim.core.model.Role;

/**
 * {@link Corpus#people()}: the people of every document's entities, gathered by their corpus-wide
 * key (see {@link PersonNames}), with every name and role the documents give them.
 *
 * <p>Two passes over the person entities' doc values, never their stored documents: the first adds
 * up documents, quotes and mentions a key, which ranks everyone; the second reads names and roles
 * only for the people to return. A million documents take about a second, not one stored-field read
 * an entity.
 */
final class PeopleDirectory {
  /** Most documents first, then most quoted, then by name. */
  static final Comparator<Person> ORDER = Comparator.comparingInt(Person::documents).reversed()
      .thenComparing(Comparator.comparingInt(Person::quotes).reversed())
      .thenComparing(Person::name);

  private final IndexStore index;

  PeopleDirectory(IndexStore index) {
    this.index = index;
  }

  List<Person> all() throws IOException {
    return top(Integer.MAX_VALUE);
  }

  /** The first {@code limit} people in {@link #ORDER}. */
  List<Person> top(int limit) throws IOException {
    if (limit < 1) {
      throw new IllegalArgumentException("a limit of " + limit + " people is not 1 or more");
    }
    return index.search(searcher -> {
      Map<String, PersonTallies.Tally> tallies = searcher.search(persons(), PersonTallies.manager());
      List<String> chosen = chosen(tallies, limit);
      Map<String, PersonNamings.Naming> namings = chosen.size() == tallies.size()
          ? searcher.search(persons(), PersonNamings.manager(null))
          : names(searcher, chosen);
      List<Person> people = new ArrayList<>(chosen.size());
      for (String key : chosen) {
        PersonTallies.Tally t = tallies.get(key);
        PersonNamings.Naming n = namings.get(key);
        people.add(person(key, t, n));
      }
      people.sort(ORDER);
      return people.size() > limit ? List.copyOf(people.subList(0, limit)) : people;
    });
  }

  /**
   * The keys of the first {@code limit} by documents and quotes, and of everyone tied with the
   * last of them: the name, which breaks the tie, is read in the second pass.
   */
  private static List<String> chosen(Map<String, PersonTallies.Tally> tallies, int limit) {
    Comparator<Map.Entry<String, PersonTallies.Tally>> byCounts = Comparator.comparing(
        (Map.Entry<String, PersonTallies.Tally> e) -> e.getValue(), PersonTallies.Tally.MOST_FIRST);
    List<Map.Entry<String, PersonTallies.Tally>> ranked = new ArrayList<>(tallies.entrySet());
    ranked.sort(byCounts);
    int end = Math.min(limit, ranked.size());
    while (end > 0 && end < ranked.size() && byCounts.compare(ranked.get(end - 1), ranked.get(end)) == 0) {
      end++;
    }
    List<String> keys = new ArrayList<>(end);
    for (int i = 0; i < end; i++) {
      keys.add(ranked.get(i).getKey());
    }
    return keys;
  }

  private static Map<String, PersonNamings.Naming> names(IndexSearcher searcher, List<String> keys)
      throws IOException {
    List<BytesRef> terms = keys.stream().map(BytesRef::new).toList();
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(persons(), BooleanClause.Occur.FILTER);
    query.add(new TermInSetQuery(ENTITY_KEY, terms), BooleanClause.Occur.FILTER);
    return searcher.search(query.build(), PersonNamings.manager(Set.copyOf(keys)));
  }

  private static Query persons() {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(Filters.type(TYPE_ENTITY), BooleanClause.Occur.FILTER);
    query.add(new TermQuery(new Term(ENTITY_TYPE, EntityType.PERSON.name())), BooleanClause.Occur.FILTER);
    return query.build();
  }

  /** A document's full name counts double against its aliases; the most used is the person's name. */
  private static Person person(String key, PersonTallies.Tally tally, PersonNamings.Naming naming) {
    Map<String, Integer> uses = naming.uses();
    List<String> byUse = new ArrayList<>(uses.keySet());
    byUse.sort(Comparator.comparing((String n) -> uses.get(n)).reversed()
        .thenComparing(Comparator.comparingInt(String::length).reversed())
        .thenComparing(Comparator.naturalOrder()));
    Set<Role> roles = new LinkedHashSet<>();
    for (String role : naming.roles()) {
      roles.add(LuceneDocuments.role(role));
    }
    return new Person(key, byUse.get(0), byUse.subList(1, byUse.size()), List.copyOf(roles), tally.documents(),
        tally.quotes(), tally.mentions());
  }

  /** What several collectors of one pass found, merged by key. */
  static <V> Map<String, V> merged(List<Map<String, V>> parts, BinaryOperator<V> merge) {
    if (parts.size() == 1) {
      return parts.get(0);
    }
    Map<String, V> out = new HashMap<>();
    for (Map<String, V> part : parts) {
      part.forEach((k, v) -> out.merge(k, v, merge));
    }
    return out;
  }
}
