package verbatim.core.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ContentPatternsTest {
  private static final ContentPatterns PATTERNS = ContentPatterns.load();

  private static Element div(String classes) {
    return Jsoup.parse("<div class='" + classes + "'></div>").selectFirst("div");
  }

  @Test
  void furnitureNamesMatchAsWholePartsOfClassNames() {
    assertThat(PATTERNS.isFurniture(div("post-comments"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("social_share_bar"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("relatedposts"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("commentary"))).isFalse();
    assertThat(PATTERNS.isFurniture(div("shared-content-block"))).isFalse();
  }

  @Test
  void namesAfterAStateWordSayWhatTheElementHoldsNotWhatItIs() {
    assertThat(PATTERNS.isFurniture(div("o-section o-section--has-ads"))).isFalse();
    assertThat(PATTERNS.isFurniture(div("layout-with-sidebar"))).isFalse();
    assertThat(PATTERNS.isFurniture(div("ads-has-content"))).isTrue();
  }

  @Test
  void captionsCreditsDisclaimersAndFactBoxesAreFurniture() {
    assertThat(PATTERNS.isFurniture(div("picture image-annotation"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("p-image-copyright"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("editorial-disclosure"))).isTrue();
    assertThat(PATTERNS.isFurniture(div("mol-factbox floatRHS"))).isTrue();
  }

  @Test
  void contentNamesOverruleFurnitureNames() {
    assertThat(PATTERNS.isFurniture(div("article-body share-enabled"))).isFalse();
    assertThat(PATTERNS.isFurniture(div("widget Blog"))).isFalse();
  }

  @Test
  void stockPhrasesAreRecognisedWhateverTheirCaseAndPunctuation() {
    assertThat(PATTERNS.isFurniturePhrase("ADVERTISEMENT")).isTrue();
    assertThat(PATTERNS.isFurniturePhrase("Read more »")).isTrue();
    assertThat(PATTERNS.isFurniturePhrase("Read more about the bridge")).isFalse();
    assertThat(PATTERNS.isFurniturePhrase("Lesen Sie auch:")).isTrue();
    assertThat(PATTERNS.isFurniturePhrase("Related Coverage")).isTrue();
  }
}
