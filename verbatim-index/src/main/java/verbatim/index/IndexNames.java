package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import verbatim.core.model.EntityType;

/**
 * The names the corpus's documents give a person, organisation or place, read from the entities
 * stored under its corpus-wide key (see {@link PersonNames}). A name is kept when it could stand in
 * a phrase for the one asked: it starts with a capital, is no pronoun or small word ("He", "US"),
 * and for a person shares a word with the name asked ("President Trump" for "Donald Trump", not
 * "the president"). A single word is looked up only as an organisation or a place.
 */
final class IndexNames implements KnownNames {
  /** Entities read per name: enough to see the names in use, few enough to stay quick. */
  private static final int ENTITIES = 200;
  private static final int MAX_ALIASES = 6;
  private static final Set<String> PRONOUNS = Set.of("he", "she", "it", "they", "we", "i", "you", "him", "her",
      "them", "his", "hers", "its", "their", "us", "one");

  private final IndexSearcher searcher;

  IndexNames(IndexSearcher searcher) {
    this.searcher = searcher;
  }

  @Override
  public List<String> aliases(String name) throws IOException {
    List<String> tokens = PersonNames.tokens(name);
    if (tokens.isEmpty()) {
      return List.of();
    }
    Set<String> keys = new LinkedHashSet<>();
    keys.add(String.join(" ", tokens));
    String personKey = PersonNames.standard().keyOfName(name);
    if (!personKey.startsWith(PersonNames.PARTIAL)) {
      keys.add(personKey);
    }
    BooleanQuery.Builder anyKey = new BooleanQuery.Builder();
    keys.forEach(k -> anyKey.add(new TermQuery(new Term(ENTITY_KEY, k)), BooleanClause.Occur.SHOULD));
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    query.add(anyKey.build(), BooleanClause.Occur.MUST);
    query.add(Filters.type(TYPE_ENTITY), BooleanClause.Occur.FILTER);
    Set<String> fields = new HashSet<>(Set.of(ENTITY_TYPE, ALIAS));
    for (Group g : Group.values()) {
      fields.add(field(NAME, g));
    }
    Map<String, Integer> uses = new HashMap<>();
    Set<String> asked = Set.copyOf(tokens);
    for (ScoreDoc sd : searcher.search(query.build(), ENTITIES).scoreDocs) {
      Document d = searcher.storedFields().document(sd.doc, fields);
      boolean person = EntityType.PERSON.name().equals(d.get(ENTITY_TYPE));
      if (person && tokens.size() == 1) {
        continue;
      }
      List<String> names = new ArrayList<>();
      for (IndexableField f : d.getFields()) {
        if (!f.name().equals(ENTITY_TYPE)) {
          names.add(f.stringValue());
        }
      }
      for (String n : names) {
        if (standsFor(n, name, person, asked)) {
          uses.merge(n, 1, Integer::sum);
        }
      }
    }
    List<String> out = new ArrayList<>(uses.keySet());
    out.sort(Comparator.comparing((String n) -> uses.get(n)).reversed().thenComparing(Comparator.naturalOrder()));
    return List.copyOf(out.subList(0, Math.min(MAX_ALIASES, out.size())));
  }

  private static boolean standsFor(String candidate, String asked, boolean person, Set<String> askedTokens) {
    String c = candidate.strip();
    if (c.length() < 2 || !(Character.isUpperCase(c.charAt(0)) || Character.isDigit(c.charAt(0)))) {
      return false;
    }
    String lower = c.toLowerCase(Locale.ROOT);
    if (PRONOUNS.contains(lower) || EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(lower)
        || PhraseWords.normalized(c).equals(PhraseWords.normalized(asked))) {
      return false;
    }
    return !person || PersonNames.tokens(c).stream().anyMatch(askedTokens::contains);
  }
}
