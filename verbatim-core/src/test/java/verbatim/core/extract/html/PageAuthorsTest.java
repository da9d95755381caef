package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Author;

/** Where bylines are found when the page does not name its author in the usual places. */
class PageAuthorsTest {
  private final HtmlMetadataReader reader = new HtmlMetadataReader();

  private java.util.List<String> authors(String html) {
    return reader.read(Jsoup.parse(html, ""), null).authors().stream().map(Author::name).toList();
  }

  @Test
  void jsonLdAuthorGivenByReferenceIsTheDeclaredPerson() {
    String html = """
        <html><head><script type="application/ld+json">{"@context":"https://schema.org","@graph":[
          {"@type":"Article","headline":"A story","author":{"@id":"https://blog.example/#/schema/person/42"}},
          {"@type":"Person","@id":"https://blog.example/#/schema/person/42","name":"Jane Roe"}]}
        </script></head><body><p>Text.</p></body></html>""";
    assertThat(authors(html)).containsExactly("Jane Roe");
  }

  @Test
  void referenceToNothingDeclaredNamesNobody() {
    String html = """
        <html><head><script type="application/ld+json">{"@type":"Article","author":{"@id":"#nobody"}}</script>
        </head><body><p>Text.</p></body></html>""";
    assertThat(authors(html)).isEmpty();
  }
}
