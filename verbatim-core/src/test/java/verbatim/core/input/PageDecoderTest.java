package verbatim.core.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import verbatim.core.extract.Page;
import verbatim.core.extract.PageFormat;
import verbatim.core.model.Problem;

class PageDecoderTest {
  private static final String KOREAN = "북한의 비핵화를 위한 한미일 삼국 협력이 지역의 평화와 번영을 지키는 핵심이라고 양국 정상은 밝혔다. "
      + "정상들은 이날 공동성명을 발표하고 동맹의 억지력을 강화하기로 했다. 회담은 백악관에서 두 시간 동안 이어졌다.";
  private static final String JAPANESE = "両国の首脳は共同声明を発表し、地域の平和と繁栄を守るための協力を確認した。会談は約二時間続いた。";

  private final PageDecoder decoder = new PageDecoder();

  private Page decode(byte[] bytes) throws InputException {
    return decoder.decode(new RawInput("test", bytes, null), false);
  }

  @Test
  void declaredEucKrIsReadAsTheBrowsersSuperset() throws InputException {
    String html = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=euc-kr\"></head><body><p>"
        + KOREAN + "</p></body></html>";
    Page page = decode(html.getBytes(Charset.forName("x-windows-949")));
    assertThat(page.content()).contains(KOREAN);
    assertThat(page.format()).isEqualTo(PageFormat.HTML);
    assertThat(page.problems()).isEmpty();
  }

  @Test
  void undeclaredEucKrIsDetectedAndSaidSo() throws InputException {
    Page page = decode(("<html><body><p>" + KOREAN + "</p></body></html>").getBytes(Charset.forName("EUC-KR")));
    assertThat(page.content()).contains(KOREAN);
    assertThat(page.problems()).extracting(Problem::code).containsExactly("charset-detected");
  }

  @Test
  void declaredShiftJisIsRead() throws InputException {
    String html = "<html><head><meta charset=Shift_JIS></head><body><p>" + JAPANESE + "</p></body></html>";
    assertThat(decode(html.getBytes(Charset.forName("Shift_JIS"))).content()).contains(JAPANESE);
  }

  @Test
  void aDeclarationTheBytesContradictIsOverruled() throws InputException {
    String html = "<html><head><meta charset=\"utf-8\"></head><body><p>" + KOREAN + "</p></body></html>";
    Page page = decode(html.getBytes(Charset.forName("EUC-KR")));
    assertThat(page.content()).contains(KOREAN);
    assertThat(page.problems()).extracting(Problem::code).contains("charset-mismatch");
  }

  @Test
  void utf8BytesWinOverAWrongLatinDeclaration() throws InputException {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body>Grüße aus Köln</body></html>";
    Page page = decode(html.getBytes(StandardCharsets.UTF_8));
    assertThat(page.content()).contains("Grüße aus Köln");
    assertThat(page.problems()).extracting(Problem::code).containsExactly("charset-mismatch");
    Page latin = decode(html.getBytes(StandardCharsets.ISO_8859_1));
    assertThat(latin.content()).contains("Grüße aus Köln");
    assertThat(latin.problems()).isEmpty();
  }

  @Test
  void undeclaredWindows1252IsDetected() throws InputException {
    String page = "<html><body>Über die Brücke gingen die Bürger. Schöne Grüße aus Köln! Die Straße war voller"
        + " Menschen, die fröhlich über das Fest sprachen und Süßigkeiten aßen.</body></html>";
    assertThat(decode(page.getBytes(Charset.forName("windows-1252"))).content()).contains("Schöne Grüße aus Köln");
  }

  @Test
  void byteOrderMarkWinsOverTheDeclaration() throws InputException {
    String html = "<html><head><meta charset=\"iso-8859-1\"></head><body><p>" + KOREAN + "</p></body></html>";
    byte[] utf16 = html.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    Page page = decode(withBom);
    assertThat(page.content()).startsWith("<html>").contains(KOREAN);
  }

  @Test
  void plainUtf8TextIsAScrape() throws InputException {
    Page page = decode("Go to contents\n\nA title\n\nSome text of the body.".getBytes(StandardCharsets.UTF_8));
    assertThat(page.format()).isEqualTo(PageFormat.TEXT);
    assertThat(page.problems()).isEmpty();
  }

  @Test
  void anHtmlFragmentWithoutHtmlTagIsHtml() throws InputException {
    String fragment = "<div><p>One.</p><p>Two.</p><p>Three.</p><p>Four.</p><p>Five.</p></div>";
    assertThat(decode(fragment.getBytes(StandardCharsets.UTF_8)).format()).isEqualTo(PageFormat.HTML);
  }

  @Test
  void bodyOnlyKeepsTheContentAsItIs() throws InputException {
    Page page = decoder.decode(new RawInput("b", "<p>not parsed</p>".getBytes(StandardCharsets.UTF_8), null), true);
    assertThat(page.format()).isEqualTo(PageFormat.BODY);
  }

  @Test
  void binaryAndEmptyAreRefusedWithTheReason() {
    assertThatThrownBy(() -> decode(new byte[0])).hasMessageContaining("empty input");
    assertThatThrownBy(() -> decode("%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII))).hasMessageContaining("a PDF");
    assertThatThrownBy(() -> decode(new byte[] {'a', 'b', 0, 'c'})).hasMessageContaining("NUL byte at offset 2");
  }
}
