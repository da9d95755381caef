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

  private static String body(String line) {
    return "<html><body><article><h1>Title</h1>" + line + "<p>The story itself, told at some length.</p></article></body></html>";
  }

  @Test
  void printedBylineAfterALabel() {
    assertThat(authors(body("<p>von <em>Klaus Muster</em></p>"))).containsExactly("Klaus Muster");
    assertThat(authors(body("<p>Auteur : Jean Dupont </p>"))).containsExactly("Jean Dupont");
    assertThat(authors(body("<div>Author: <a href='/u/58'><b>Maxi</b></a></div>"))).containsExactly("Maxi");
    assertThat(authors(body("<p class='x'>Posted by Konrad Beispiel</p>"))).containsExactly("Konrad Beispiel");
  }

  @Test
  void printedBylineAfterTheDate() {
    assertThat(authors(body("<div class='meta'> Posted on September 21, 2020 by Adi Roe </div>")))
        .containsExactly("Adi Roe");
  }

  @Test
  void labelWordOpeningProseIsNoByline() {
    assertThat(authors(body("<p>By the way, nobody signed this.</p>"))).isEmpty();
    assertThat(authors(body("<p>Von der Brücke aus sieht man den Fluss.</p>"))).isEmpty();
  }

  @Test
  void twitterCardWrittenByLabel() {
    String html = """
        <html><head><meta name="twitter:label1" content="Verfasst von"><meta name="twitter:data1" content="Irma Beispiel">
        <meta name="twitter:label2" content="Geschätzte Lesezeit"><meta name="twitter:data2" content="4 Minuten">
        </head><body><p>Text.</p></body></html>""";
    assertThat(authors(html)).containsExactly("Irma Beispiel");
  }
}
