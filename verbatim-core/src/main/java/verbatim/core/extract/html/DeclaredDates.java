package verbatim.core.extract.html;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * The dates a page declares for machines: JSON-LD and {@code <meta>} tags. The names are tried in
 * the order listed, the article-specific ones before the generic ones ({@code name=date} is often
 * the time the page was generated, so it comes last).
 */
final class DeclaredDates {
  private DeclaredDates() {}

  /** Names that say "the article's publication date", in order of trust. */
  private static final List<String> ARTICLE_PUBLISHED_META = List.of(
      "article:published_time", "og:article:published_time", "article:published", "og:published_time",
      "published_time", "article.published", "datepublished", "date_published", "rnews:datepublished",
      "parsely-pub-date", "sailthru.date", "cxenseparse:recs:publishtime", "article_date_original",
      "originalpublicationdate", "publication_date", "publication-date", "publish-date", "publishdate",
      "publish_date", "pubdate", "og:pubdate", "bt:pubdate", "displaydate", "dc.date.issued",
      "dcterms.issued", "dc.date.created", "dcterms.created", "citation_publication_date",
      "citation_date");

  /**
   * Names that say only "a date of this page": Dublin Core's bare date and the like. Content
   * systems fill them with the time the page was generated or last saved as often as with the
   * publication date.
   */
  private static final List<String> GENERIC_META = List.of(
      "dc.date", "dcterms.date", "dc:date", "date.created", "creation_date", "release_date", "date");

  private static final List<String> UPDATED_META = List.of(
      "article:modified_time", "og:article:modified_time", "article:modified", "og:updated_time",
      "datemodified", "date_modified", "modified_time", "article.updated", "lastmodified",
      "last-modified", "dc.date.modified", "dcterms.modified", "revised");

  /** datePublished, then dateCreated, of the article objects first, then of any object. */
  static Optional<DateStamp> publishedInJsonLd(JsonLd ld) {
    return firstInJsonLd(ld, "datePublished", "dateCreated");
  }

  static Optional<DateStamp> updatedInJsonLd(JsonLd ld) {
    return firstInJsonLd(ld, "dateModified");
  }

  private static Optional<DateStamp> firstInJsonLd(JsonLd ld, String... fields) {
    for (List<JsonNode> group : List.of(ld.articles(), ld.all())) {
      for (String field : fields) {
        for (JsonNode node : group) {
          Optional<DateStamp> d = JsonLd.text(node, field)
              .flatMap(v -> DateText.find(v, DateOrigin.JSON_LD))
              .map(s -> Dates.withEvidence(s, "JSON-LD " + field + ": " + s.evidence()));
          if (d.isPresent()) {
            return d;
          }
        }
      }
    }
    return Optional.empty();
  }

  /** A publication date in meta tags: the article-specific names, then the generic ones. */
  static Optional<DateStamp> publishedInMeta(Document page) {
    return publishedInArticleMeta(page).or(() -> publishedInGenericMeta(page));
  }

  static Optional<DateStamp> publishedInArticleMeta(Document page) {
    return firstInMeta(page, ARTICLE_PUBLISHED_META);
  }

  /** The generic names, then site-prefixed ones the lists do not know: both say less than an article's own. */
  static Optional<DateStamp> publishedInGenericMeta(Document page) {
    return firstInMeta(page, GENERIC_META).or(() -> publishedInOtherMeta(page));
  }

  /**
   * Site-prefixed names the list does not know ("zdf:publicationDate", "dcterms.dateAccepted"):
   * any meta whose name says publication or creation and date or time, and not modification.
   */
  private static Optional<DateStamp> publishedInOtherMeta(Document page) {
    for (Element meta : page.select("meta[content]")) {
      String name = key(meta);
      if (OTHER_PUBLISHED.matcher(name).find() && !NOT_PUBLISHED.matcher(name).find()) {
        Optional<DateStamp> d = DateText.find(meta.attr("content"), DateOrigin.META)
            .map(s -> Dates.withEvidence(s, "meta " + name + "=" + s.evidence()));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static final Pattern OTHER_PUBLISHED = Pattern.compile(
      "(publi|pub_?date|creat|issued|releas|first).*(date|time)|(date|time).*(publi|creat|issued)");
  private static final Pattern NOT_PUBLISHED = Pattern.compile("modif|updat|expir|edit|revis|review");

  static Optional<DateStamp> updatedInMeta(Document page) {
    return firstInMeta(page, UPDATED_META);
  }

  private static Optional<DateStamp> firstInMeta(Document page, List<String> names) {
    Map<String, List<Element>> byName = new HashMap<>();
    for (Element meta : page.select("meta[content]")) {
      byName.computeIfAbsent(key(meta), k -> new ArrayList<>()).add(meta);
    }
    for (String name : names) {
      for (Element meta : byName.getOrDefault(name, List.of())) {
        Optional<DateStamp> d = DateText.find(meta.attr("content"), DateOrigin.META)
            .map(s -> Dates.withEvidence(s, "meta " + name + "=" + s.evidence()));
        if (d.isPresent()) {
          return d;
        }
      }
    }
    return Optional.empty();
  }

  private static String key(Element meta) {
    for (String attr : new String[] {"property", "name", "itemprop", "http-equiv"}) {
      if (meta.hasAttr(attr)) {
        return meta.attr(attr).trim().toLowerCase(Locale.ROOT);
      }
    }
    return "";
  }
}
