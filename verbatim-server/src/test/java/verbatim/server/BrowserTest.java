package verbatim.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import verbatim.core.model.DocumentKind;
import verbatim.core.nlp.Linguistics;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.publisher.Publishers;
import verbatim.index.Corpus;

/**
 * The web page in a real browser (Debian's Chromium through chromedriver): search, open a
 * document, follow a quote to its speaker, see their remarks; usable from the keyboard and at
 * phone width. Screenshots of each page go to {@code target/screenshots}.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class BrowserTest {
  private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final Path SHOTS = Path.of("target", "screenshots");

  private static Corpus corpus;
  private static VerbatimServer server;
  private static WebDriver browser;
  private static String base;

  @BeforeAll
  static void start() throws IOException {
    boolean present = Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM);
    if (System.getenv("CI") != null) {
      assertThat(present).as("CI installs chromium and chromium-driver (see .ci/run)").isTrue();
    }
    assumeTrue(present, "Debian's chromium and chromium-driver are not installed: apt-get install chromium chromium-driver");
    corpus = Corpus.open(TestArchive.copy());
    Pipeline pipeline = Pipeline.standard(new AnalysisOptions(DocumentKind.NEWS, false, null, Publishers.builtIn()), Linguistics.none());
    server = new VerbatimServer(corpus, pipeline::analyze, null).start("127.0.0.1", 0);
    base = "http://127.0.0.1:" + server.port();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM.toFile());
    options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--window-size=1280,900");
    ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile()).build();
    browser = new ChromeDriver(service, options);
    browser.manage().timeouts().implicitlyWait(Duration.ofSeconds(5));
    Files.createDirectories(SHOTS);
  }

  @AfterAll
  static void stop() throws IOException {
    if (browser != null) {
      browser.quit();
    }
    if (server != null) {
      server.close();
    }
    if (corpus != null) {
      corpus.close();
    }
  }

  private static void shot(String name) throws IOException {
    Path png = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE).toPath();
    Files.copy(png, SHOTS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
  }

  private static WebDriverWait waiting() {
    return new WebDriverWait(browser, Duration.ofSeconds(10));
  }

  @Test
  @Order(1)
  void searchShowsRankedDocumentsWithMarkedSnippetsAndFacets() throws IOException {
    browser.get(base + "/");
    WebElement box = browser.findElement(By.id("q"));
    box.sendKeys("bottom trawling", Keys.ENTER);
    waiting().until(ExpectedConditions.urlContains("q=bottom"));
    List<WebElement> hits = browser.findElements(By.cssSelector(".hit"));
    assertThat(hits).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".snippet mark"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".facets")).getText()).containsIgnoringCase("kind").contains("STATEMENT");
    shot("search");
  }

  @Test
  @Order(2)
  void aDocumentShowsItsQuotesAndEachQuoteLeadsToItsSpeaker() throws IOException {
    browser.get(base + "/?q=" + java.net.URLEncoder.encode("\"die on our watch\"", java.nio.charset.StandardCharsets.UTF_8));
    browser.findElement(By.cssSelector(".hit a.title")).click();
    waiting().until(ExpectedConditions.urlContains("/documents/"));
    assertThat(browser.findElements(By.cssSelector(".text mark.quote"))).isNotEmpty();
    WebElement toText = browser.findElement(By.cssSelector(".quotes .to-text"));
    String anchor = toText.getAttribute("href").replaceAll(".*#", "");
    assertThat(browser.findElement(By.id(anchor)).getTagName()).isEqualTo("mark");
    shot("document");
    WebElement speaker = browser.findElements(By.cssSelector(".quotes a.speaker")).stream()
        .filter(a -> a.getText().contains("Halvard")).findFirst().orElseThrow();
    speaker.click();
    waiting().until(ExpectedConditions.urlContains("/people/"));
    assertThat(browser.findElement(By.tagName("h1")).getText()).contains("Halvard");
    assertThat(browser.findElements(By.cssSelector(".remark"))).isNotEmpty();
    assertThat(browser.findElement(By.cssSelector(".remark")).getText()).contains("3 reports");
    shot("person");
  }

  @Test
  @Order(3)
  void twoJointStatementsSideBySideWithTheirChangesMarked() throws Exception {
    var api = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(
        base + "/api/search?kind=STATEMENT&order=oldest&q=" + java.net.URLEncoder.encode("\"protection of the northern banks\"",
            java.nio.charset.StandardCharsets.UTF_8))).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
    var hits = new com.fasterxml.jackson.databind.ObjectMapper().readTree(api.body()).get("hits");
    assertThat(hits).hasSize(2);
    browser.get(base + "/diff?a=" + hits.get(0).get("id").asText() + "&b=" + hits.get(1).get("id").asText());
    assertThat(browser.findElement(By.cssSelector(".summary")).getText()).contains("Dropped");
    assertThat(browser.findElements(By.cssSelector(".side .removed"))).isNotEmpty();
    assertThat(browser.findElements(By.cssSelector(".side .added"))).isNotEmpty();
    assertThat(browser.findElement(By.tagName("body")).getText()).contains("2026", "2027");
    shot("diff");
  }

  @Test
  @Order(4)
  void aPhrasesFirstUseSinceADayAndItsTimeline() throws IOException {
    browser.get(base + "/phrase");
    browser.findElement(By.cssSelector(".phrase-form input[name=q]")).sendKeys("complete closure of the northern banks");
    browser.findElement(By.cssSelector(".phrase-form input[name=kind]")).sendKeys("STATEMENT");
    ((JavascriptExecutor) browser).executeScript("document.querySelector('input[name=since]').value='2025-01-20'");
    browser.findElement(By.cssSelector(".phrase-form button")).click();
    waiting().until(ExpectedConditions.urlContains("q=complete"));
    WebElement first = browser.findElement(By.cssSelector(".first .use"));
    assertThat(first.getText()).contains("2025-02-14", "Northern Banks Fisheries Commission");
    assertThat(first.findElement(By.tagName("mark")).getText()).isEqualToIgnoringCase("complete closure of the northern banks");
    assertThat(browser.findElement(By.cssSelector("h2 + .uses, .uses")).getText()).contains("2024-06-12");
    waiting().until(d -> !d.findElements(By.cssSelector("#phrase-chart canvas")).isEmpty());
    shot("phrase");
  }

  @Test
  @Order(5)
  void theKeyboardReachesTheSearchBoxAndTheResults() {
    browser.get(base + "/?q=closure");
    WebElement active = browser.switchTo().activeElement();
    assertThat(active.getAttribute("id")).isEqualTo("q"); // autofocus
    for (int i = 0; i < 6; i++) {
      browser.switchTo().activeElement().sendKeys(Keys.TAB);
    }
    assertThat(browser.switchTo().activeElement().getTagName()).isIn("a", "button", "input");
  }

  @Test
  @Order(6)
  void atPhoneWidthNothingScrollsSideways() throws IOException {
    browser.manage().window().setSize(new Dimension(390, 844));
    for (String page : new String[] {"/?q=trawling", "/people", "/phrase?q=bottom+trawling"}) {
      browser.get(base + page);
      long overflow = (Long) ((JavascriptExecutor) browser).executeScript(
          "return document.documentElement.scrollWidth - window.innerWidth;");
      assertThat(overflow).as(page).isLessThanOrEqualTo(1);
    }
    shot("search-phone");
    browser.manage().window().setSize(new Dimension(1280, 900));
  }
}
