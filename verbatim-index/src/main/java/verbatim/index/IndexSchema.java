package verbatim.index;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.ko.KoreanAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.index.IndexOptions;

/**
 * The Lucene field names and how each is analysed: the one place that knows them.
 *
 * <p>One index holds three types of Lucene document, told apart by {@link #TYPE}: a document, each
 * of its quotes and each of its entities. All of one analysis's Lucene documents carry its id in
 * {@link #OWNER}, so they are replaced together and committed together with the ledger position.
 *
 * <p>Text is analysed in the document's language: every text field exists once per language group
 * ({@code text.en}, {@code text.ko}, {@code text.std}) and a document fills only its own; a query is
 * parsed once per group and the parts joined, so "북한" meets Nori's tokens and "denuclearize"
 * meets English stems.
 */
final class IndexSchema {
  /** Bump when the fields change: an index of another schema is rebuilt from the ledger on open. */
  static final String VERSION = "4"; // 2: day doc values and issuer facet; 3: catalog doc value; 4: both

  static final String TYPE = "type";
  static final String TYPE_DOCUMENT = "document";
  static final String TYPE_QUOTE = "quote";
  static final String TYPE_ENTITY = "entity";
  static final String OWNER = "owner";

  // documents
  static final String URL = "url";
  static final String URL_KEY = "url_key";
  static final String TITLE = "title";
  static final String TEXT = "text";
  static final String SOURCE = "source";
  static final String KIND = "kind";
  static final String LANGUAGE = "language";
  static final String ISSUER = "issuer";
  /** The issuer with case and spacing folded, for filtering by what a user types. */
  static final String ISSUER_KEY = "issuer_key";
  static final String PUBLISHED = "published";
  static final String PUBLISHED_ISO = "published_iso";
  /** The publisher's calendar day, as epoch days: a point for ranges, a doc value for timelines. */
  static final String DAY = "day";
  static final String MONTH = "month";
  static final String SPEAKER = "speaker";
  static final String SPEAKER_ALIAS = "speaker_alias";
  static final String ENTITY = "entity";
  static final String ENTITY_ALIAS = "entity_alias";
  static final String VERSION_NUMBER = "version";
  /** What the catalog keeps of a document, as a binary doc value: see {@link CatalogRecord}. */
  static final String CATALOG = "catalog";

  // quotes
  static final String QUOTE_ID = "quote_id";
  static final String QUOTE_KIND = "quote_kind";
  static final String QUOTE_TEXT = "quote";
  static final String PARTS = "parts";
  static final String SPEAKER_TYPE = "speaker_type";
  static final String SPEAKER_SAID = "speaker_said";
  static final String SPEAKER_NAME = "speaker_name";
  static final String ABOUT = "about";
  static final String ABOUT_ALIAS = "about_alias";
  static final String SENTENCE_BEGIN = "sentence_begin";
  static final String SENTENCE_END = "sentence_end";
  static final String SENTENCE = "sentence";
  static final String CUE = "cue";
  static final String CONFIDENCE = "confidence";

  // entities
  static final String ENTITY_ID = "entity_id";
  static final String ENTITY_KEY = "entity_key";
  static final String ENTITY_TYPE = "entity_type";
  static final String NAME = "name";
  static final String ALIAS = "alias";
  static final String ROLE = "role";
  static final String MENTIONS = "mentions";
  static final String QUOTES = "quotes";
  /**
   * Doc values of person entities, which {@link PeopleDirectory} adds up without reading stored
   * documents: the key, quotes, mentions, names and roles, and a mark on the first entity of a
   * person in its document, so that documents are counted once. Fields of their own: Lucene wants
   * a field's doc values alike in every document that has the field.
   */
  static final String PERSON_KEY = "person_key";
  static final String PERSON_QUOTES = "person_quotes";
  static final String PERSON_MENTIONS = "person_mentions";
  static final String PERSON_NAME = "person_name";
  static final String PERSON_ALIAS = "person_alias";
  static final String PERSON_ROLE = "person_role";
  static final String PERSON_DOCUMENT = "person_document";

  /** Facet dimensions of documents. */
  static final List<String> FACETS = List.of(SOURCE, KIND, LANGUAGE, MONTH, SPEAKER, ENTITY);

  /** Fields analysed per language; the others are keywords. */
  static final List<String> ANALYSED = List.of(TITLE, TEXT, QUOTE_TEXT, NAME);

  /** Stored, with offsets in the postings so that snippets need no second analysis. */
  static final FieldType HIGHLIGHTED_TEXT = highlightedText();

  private IndexSchema() {}

  /** The language groups with an analyser of their own; {@link #OTHER} takes the rest. */
  enum Group {
    EN("en"),
    KO("ko"),
    OTHER("std");

    final String suffix;

    Group(String suffix) {
      this.suffix = suffix;
    }

    static Group of(String language) {
      if (language == null) {
        return OTHER;
      }
      String l = language.toLowerCase(Locale.ROOT);
      if (l.equals("en") || l.startsWith("en-")) {
        return EN;
      }
      if (l.equals("ko") || l.startsWith("ko-")) {
        return KO;
      }
      return OTHER;
    }

    Analyzer analyzer() {
      switch (this) {
        case EN: return new EnglishAnalyzer();
        case KO: return new KoreanAnalyzer();
        case OTHER: return new StandardAnalyzer();
        default: throw new AssertionError(this);
      }
    }
  }

  /** {@code text} in {@code group}: {@code text.ko}. */
  static String field(String base, Group group) {
    return base + "." + group.suffix;
  }

  /** The analyser of every field: per-language for analysed fields, standard for the rest. */
  static Analyzer analyzer() {
    Map<String, Analyzer> perField = new HashMap<>();
    for (Group g : Group.values()) {
      Analyzer a = g.analyzer();
      for (String base : ANALYSED) {
        perField.put(field(base, g), a);
      }
    }
    return new PerFieldAnalyzerWrapper(new StandardAnalyzer(), perField);
  }

  static FacetsConfig facets() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued(SPEAKER, true);
    config.setMultiValued(ENTITY, true);
    return config;
  }

  private static FieldType highlightedText() {
    FieldType t = new FieldType();
    t.setTokenized(true);
    t.setStored(true);
    t.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
    t.freeze();
    return t;
  }
}
