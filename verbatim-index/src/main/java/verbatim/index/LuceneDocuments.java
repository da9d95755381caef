package verbatim.index;

import static verbatim.index.IndexSchema.*;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.DateStamp;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Quote;
import verbatim.core.model.Role;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;

/** Turns one ledger record into its Lucene documents: the document, its quotes, its entities. */
final class LuceneDocuments {
  private static final char SEPARATOR = '\u001f';
  /** At most 3 UTF-8 bytes a UTF-16 unit: well under a doc value's limit. */
  private static final int MAX_VALUE_CHARS = 8000;

  private final PersonNames names;
  private final FacetsConfig facets;

  LuceneDocuments(PersonNames names, FacetsConfig facets) {
    this.names = names;
    this.facets = facets;
  }

  /** The Lucene documents of {@code record}, stored as {@code entry}, whose text has {@code fingerprint} or none ({@code null}). */
  List<Document> of(StoredAnalysis record, Catalog.Entry entry, Fingerprint fingerprint) {
    Analysis analysis = record.analysis();
    Keys keys = new Keys(analysis);
    List<Document> out = new ArrayList<>();
    try {
      out.add(facets.build(document(record, entry, fingerprint, keys)));
    } catch (IOException e) {
      throw new UncheckedIOException("facets of " + record.id(), e);
    }
    for (Quote q : analysis.quotes()) {
      out.add(quote(analysis, q, keys));
    }
    for (Entity e : analysis.entities()) {
      out.add(entity(analysis, e, keys));
    }
    return out;
  }

  private Document document(StoredAnalysis record, Catalog.Entry entry, Fingerprint fingerprint, Keys keys) {
    Analysis analysis = record.analysis();
    Article a = analysis.document().article();
    Group group = Group.of(a.language());
    Document d = common(TYPE_DOCUMENT, record.id());
    storeNullable(d, URL, a.url());
    if (entry.urlKey() != null) {
      d.add(new StringField(URL_KEY, entry.urlKey(), Field.Store.NO));
    }
    if (a.title() != null) {
      d.add(new TextField(field(TITLE, group), a.title(), Field.Store.YES));
    }
    d.add(new Field(field(TEXT, group), a.text(), HIGHLIGHTED_TEXT));
    keyword(d, SOURCE, lower(analysis.document().source()), true);
    keyword(d, KIND, analysis.document().kind().name(), true);
    keyword(d, LANGUAGE, lower(a.language()), true);
    String issuer = record.ingestion().issuer();
    keyword(d, ISSUER, issuer, true);
    if (issuer != null) {
      d.add(new StringField(ISSUER_KEY, issuerKey(issuer), Field.Store.NO));
    }
    published(d, a.published(), true);
    for (String speaker : keys.speakers) {
      d.add(new StringField(SPEAKER, speaker, Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(SPEAKER, PersonNames.label(speaker)));
    }
    for (String alias : keys.speakerAliases) {
      d.add(new StringField(SPEAKER_ALIAS, alias, Field.Store.NO));
    }
    for (Entity e : analysis.entities()) {
      d.add(new StringField(ENTITY, keys.key(e), Field.Store.NO));
      d.add(new SortedSetDocValuesFacetField(ENTITY, keys.label(e)));
      for (String alias : keys.aliases(e)) {
        d.add(new StringField(ENTITY_ALIAS, alias, Field.Store.NO));
      }
    }
    d.add(new StoredField(VERSION_NUMBER, entry.version()));
    d.add(new BinaryDocValuesField(CATALOG, CatalogRecord.encode(entry, fingerprint)));
    return d;
  }

  private Document quote(Analysis analysis, Quote q, Keys keys) {
    Article a = analysis.document().article();
    Document d = common(TYPE_QUOTE, analysis.document().id());
    d.add(new StoredField(QUOTE_ID, q.id()));
    keyword(d, QUOTE_KIND, q.kind().name(), false);
    d.add(new TextField(field(QUOTE_TEXT, Group.of(a.language())), q.text(), Field.Store.YES));
    d.add(new StoredField(PARTS, spans(q.parts())));
    SpeakerFields s = speaker(q.speaker(), keys);
    keyword(d, SPEAKER_TYPE, s.type, false);
    storeNullable(d, SPEAKER_SAID, s.said);
    storeNullable(d, SPEAKER_NAME, s.name);
    for (String key : s.keys) {
      d.add(new StringField(SPEAKER, key, Field.Store.YES));
    }
    for (String alias : s.aliases) {
      d.add(new StringField(SPEAKER_ALIAS, alias, Field.Store.NO));
    }
    for (Entity e : keys.mentionedIn(q)) {
      d.add(new StringField(ABOUT, keys.key(e), Field.Store.NO));
      for (String alias : keys.aliases(e)) {
        d.add(new StringField(ABOUT_ALIAS, alias, Field.Store.NO));
      }
    }
    published(d, a.published(), false);
    // a field name has one type in the whole index: keywords here as on documents
    keyword(d, SOURCE, lower(analysis.document().source()), false);
    storeNullable(d, URL, a.url());
    storeNullable(d, TITLE, a.title());
    keyword(d, LANGUAGE, lower(a.language()), false);
    Span sentence = Sentences.around(q, a.text());
    d.add(new StoredField(SENTENCE_BEGIN, sentence.begin()));
    d.add(new StoredField(SENTENCE_END, sentence.end()));
    d.add(new StoredField(SENTENCE, sentence.of(a.text())));
    storeNullable(d, CUE, q.cue() == null ? null : q.cue().text());
    d.add(new StoredField(CONFIDENCE, q.confidence()));
    return d;
  }

  private Document entity(Analysis analysis, Entity e, Keys keys) {
    Document d = common(TYPE_ENTITY, analysis.document().id());
    d.add(new StoredField(ENTITY_ID, e.id()));
    d.add(new StringField(ENTITY_KEY, keys.key(e), Field.Store.YES));
    keyword(d, ENTITY_TYPE, e.type().name(), false);
    d.add(new TextField(field(NAME, Group.of(analysis.document().article().language())), e.name(), Field.Store.YES));
    for (String alias : e.aliases()) {
      d.add(new StoredField(ALIAS, alias));
    }
    for (Role r : e.roles()) {
      d.add(new StoredField(ROLE, role(r)));
    }
    d.add(new StoredField(MENTIONS, e.mentions().size()));
    d.add(new StoredField(QUOTES, keys.quotesBy(e.id())));
    if (e.type() == EntityType.PERSON) {
      personValues(d, e, keys);
    }
    return d;
  }

  private static void personValues(Document d, Entity e, Keys keys) {
    d.add(new SortedDocValuesField(PERSON_KEY, value(keys.key(e))));
    d.add(new NumericDocValuesField(PERSON_MENTIONS, e.mentions().size()));
    d.add(new NumericDocValuesField(PERSON_QUOTES, keys.quotesBy(e.id())));
    if (keys.firstOfItsPerson(e)) {
      d.add(new NumericDocValuesField(PERSON_DOCUMENT, 1));
    }
    d.add(new SortedDocValuesField(PERSON_NAME, value(e.name())));
    for (String alias : e.aliases()) {
      d.add(new SortedSetDocValuesField(PERSON_ALIAS, value(alias)));
    }
    for (Role r : e.roles()) {
      d.add(new SortedSetDocValuesField(PERSON_ROLE, value(role(r))));
    }
  }

  /** A doc value holds at most 32,766 bytes; a name that long is noise, cut rather than fail the ingest. */
  private static BytesRef value(String s) {
    return new BytesRef(s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS));
  }

  private static Document common(String type, String owner) {
    Document d = new Document();
    d.add(new StringField(TYPE, type, Field.Store.NO));
    d.add(new StringField(OWNER, owner, Field.Store.YES));
    return d;
  }

  private static void keyword(Document d, String field, String value, boolean facet) {
    if (value != null) {
      d.add(new StringField(field, value, Field.Store.YES));
      if (facet) {
        d.add(new SortedSetDocValuesFacetField(field, value));
      }
    }
  }

  private static void storeNullable(Document d, String field, String value) {
    if (value != null) {
      d.add(new StoredField(field, value));
    }
  }

  private static void published(Document d, DateStamp date, boolean facet) {
    if (date == null) {
      return;
    }
    long millis = epochMillis(date);
    d.add(new LongPoint(PUBLISHED, millis));
    d.add(new NumericDocValuesField(PUBLISHED, millis));
    d.add(new StoredField(PUBLISHED, millis));
    d.add(new StoredField(PUBLISHED_ISO, date.iso()));
    long day = date.local().toLocalDate().toEpochDay();
    d.add(new LongPoint(DAY, day));
    d.add(new NumericDocValuesField(DAY, day));
    if (facet) {
      d.add(new SortedSetDocValuesFacetField(MONTH, date.local().toLocalDate().toString().substring(0, 7)));
    }
  }

  /** When it was published; a date without a zone is taken as UTC, only for ordering. */
  static long epochMillis(DateStamp date) {
    return date.local().toInstant(date.offset() != null ? date.offset() : ZoneOffset.UTC).toEpochMilli();
  }

  /** "White  House" and "white house" are one issuer to filter by. */
  static String issuerKey(String issuer) {
    return issuer.strip().replaceAll("\\s+", " ").toLowerCase(java.util.Locale.ROOT);
  }

  static String spans(List<Span> spans) {
    StringJoiner out = new StringJoiner(",");
    spans.forEach(s -> out.add(s.begin() + "-" + s.end()));
    return out.toString();
  }

  static List<Span> spans(String stored) {
    List<Span> out = new ArrayList<>();
    for (String s : stored.split(",")) {
      int dash = s.indexOf('-');
      out.add(new Span(Integer.parseInt(s.substring(0, dash)), Integer.parseInt(s.substring(dash + 1))));
    }
    return out;
  }

  static String role(Role r) {
    return nonNull(r.title()) + SEPARATOR + nonNull(r.organization()) + SEPARATOR + nonNull(r.country())
        + SEPARATOR + r.former();
  }

  static Role role(String stored) {
    String[] p = stored.split(String.valueOf(SEPARATOR), -1);
    return new Role(nullIfEmpty(p[0]), nullIfEmpty(p[1]), nullIfEmpty(p[2]), Boolean.parseBoolean(p[3]));
  }

  private static String lower(String s) {
    return s == null ? null : s.toLowerCase(java.util.Locale.ROOT);
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static String nullIfEmpty(String s) {
    return s.isEmpty() ? null : s;
  }

  private record SpeakerFields(String type, String said, String name, Set<String> keys, Set<String> aliases) {}

  private SpeakerFields speaker(Speaker speaker, Keys keys) {
    if (speaker instanceof Speaker.Named n) {
      Entity e = keys.entity(n.entity());
      if (e != null) {
        return new SpeakerFields("ENTITY", n.name(), e.name(), Set.of(keys.key(e)), keys.aliases(e));
      }
      String key = names.keyOfName(n.name());
      return new SpeakerFields("ENTITY", n.name(), n.name(), Set.of(key), names.aliases(List.of(n.name())));
    } else if (speaker instanceof Speaker.Anonymous a) {
      return new SpeakerFields("ANONYMOUS", a.description(), a.description(), Set.of(), Set.of());
    } else if (speaker instanceof Speaker.Issued i) {
      Set<String> issuerKeys = new LinkedHashSet<>();
      Set<String> aliases = new LinkedHashSet<>();
      for (String id : i.issuers()) {
        Entity e = keys.entity(id);
        if (e != null) {
          issuerKeys.add(keys.key(e));
          aliases.addAll(keys.aliases(e));
        }
      }
      return new SpeakerFields("DOCUMENT", i.document(), i.document(), issuerKeys, aliases);
    } else if (speaker instanceof Speaker.Group g) {
      return new SpeakerFields("GROUP", g.description(), g.description(), Set.of(), Set.of());
    } else if (speaker instanceof Speaker.Unknown) {
      return new SpeakerFields("UNKNOWN", null, null, Set.of(), Set.of());
    }
    throw new AssertionError(speaker);
  }

  /** The corpus-wide keys of one analysis's entities, worked out once. */
  private final class Keys {
    private final Map<String, Entity> byId = new HashMap<>();
    private final Map<String, String> keyById = new HashMap<>();
    private final Map<String, Integer> quotesBy = new HashMap<>();
    private final Set<String> firstOfPerson = new HashSet<>();
    private final List<Entity> entities;
    final Set<String> speakers = new LinkedHashSet<>();
    final Set<String> speakerAliases = new LinkedHashSet<>();

    Keys(Analysis analysis) {
      entities = analysis.entities();
      Set<String> personKeys = new HashSet<>();
      for (Entity e : entities) {
        byId.put(e.id(), e);
        keyById.put(e.id(), e.type() == EntityType.PERSON ? names.key(e)
            : String.join(" ", PersonNames.tokens(e.name())));
        if (e.type() == EntityType.PERSON && personKeys.add(keyById.get(e.id()))) {
          firstOfPerson.add(e.id());
        }
      }
      for (Quote q : analysis.quotes()) {
        SpeakerFields s = speaker(q.speaker(), this);
        speakers.addAll(s.keys);
        speakerAliases.addAll(s.aliases);
        if (q.speaker() instanceof Speaker.Named n && n.entity() != null) {
          quotesBy.merge(n.entity(), 1, Integer::sum);
        }
      }
    }

    Entity entity(String id) {
      return id == null ? null : byId.get(id);
    }

    String key(Entity e) {
      return keyById.get(e.id());
    }

    String label(Entity e) {
      return e.type() == EntityType.PERSON ? PersonNames.label(key(e)) : e.name();
    }

    Set<String> aliases(Entity e) {
      if (e.type() == EntityType.PERSON) {
        return names.aliases(e);
      }
      Set<String> out = new LinkedHashSet<>();
      out.add(key(e));
      e.aliases().forEach(a -> out.add(String.join(" ", PersonNames.tokens(a))));
      return out;
    }

    /** Whether {@code e} is the first entity of its person in the document: two spellings may be two entities. */
    boolean firstOfItsPerson(Entity e) {
      return firstOfPerson.contains(e.id());
    }

    int quotesBy(String entityId) {
      return quotesBy.getOrDefault(entityId, 0);
    }

    /** Entities with a mention inside one of the quote's parts: what the quote is about. */
    List<Entity> mentionedIn(Quote q) {
      List<Entity> out = new ArrayList<>();
      for (Entity e : entities) {
        for (Mention m : e.mentions()) {
          if (q.parts().stream().anyMatch(p -> p.begin() <= m.span().begin() && m.span().end() <= p.end())) {
            out.add(e);
            break;
          }
        }
      }
      return out;
    }
  }
}
