package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import verbatim.core.model.EntityType;
import verbatim.core.model.Role;

/**
 * {@link Corpus#people()}: the people of every document's entities, gathered by their corpus-wide
 * key (see {@link PersonNames}), with every name and role the documents give them.
 */
final class PeopleDirectory {
  private final IndexStore index;

  PeopleDirectory(IndexStore index) {
    this.index = index;
  }

  List<Person> all() throws IOException {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(Filters.type(TYPE_ENTITY), BooleanClause.Occur.FILTER);
    query.add(new TermQuery(new Term(ENTITY_TYPE, EntityType.PERSON.name())), BooleanClause.Occur.FILTER);
    BooleanQuery built = query.build();
    return index.search(searcher -> gather(searcher, searcher.search(built, Math.max(1, searcher.count(built))).scoreDocs));
  }

  private static List<Person> gather(IndexSearcher searcher, ScoreDoc[] docs) throws IOException {
    Map<String, Gathered> byKey = new HashMap<>();
    for (ScoreDoc sd : docs) {
      Document d = searcher.storedFields().document(sd.doc);
      Gathered g = byKey.computeIfAbsent(d.get(ENTITY_KEY), k -> new Gathered());
      String name = name(d);
      g.names.merge(name, 2, Integer::sum);
      for (IndexableField alias : d.getFields(ALIAS)) {
        g.names.merge(alias.stringValue(), 1, Integer::sum);
      }
      for (IndexableField role : d.getFields(ROLE)) {
        g.roles.add(LuceneDocuments.role(role.stringValue()));
      }
      g.documents.add(d.get(OWNER));
      g.quotes += d.getField(QUOTES).numericValue().intValue();
      g.mentions += d.getField(MENTIONS).numericValue().intValue();
    }
    List<Person> people = new ArrayList<>();
    byKey.forEach((key, g) -> people.add(g.person(key)));
    people.sort(Comparator.comparingInt(Person::documents).reversed()
        .thenComparing(Comparator.comparingInt(Person::quotes).reversed())
        .thenComparing(Person::name));
    return people;
  }

  private static String name(Document d) {
    for (Group g : Group.values()) {
      String n = d.get(field(NAME, g));
      if (n != null) {
        return n;
      }
    }
    return "";
  }

  /** One person's entities, added up. A document's full name counts double against its aliases. */
  private static final class Gathered {
    final Map<String, Integer> names = new HashMap<>();
    final Set<Role> roles = new LinkedHashSet<>();
    final Set<String> documents = new HashSet<>();
    int quotes;
    int mentions;

    Person person(String key) {
      List<String> byUse = new ArrayList<>(names.keySet());
      byUse.sort(Comparator.comparing((String n) -> names.get(n)).reversed()
          .thenComparing(Comparator.comparingInt(String::length).reversed())
          .thenComparing(Comparator.naturalOrder()));
      String name = byUse.get(0);
      return new Person(key, name, byUse.subList(1, byUse.size()), List.copyOf(roles), documents.size(), quotes,
          mentions);
    }
  }
}
