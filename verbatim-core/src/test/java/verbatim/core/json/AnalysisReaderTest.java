package verbatim.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import verbatim.core.model.Analysis;
import verbatim.core.model.Article;
import verbatim.core.model.Author;
import verbatim.core.model.Cue;
import verbatim.core.model.DateMention;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;
import verbatim.core.model.DateStamp.Precision;
import verbatim.core.model.Document;
import verbatim.core.model.DocumentKind;
import verbatim.core.model.Entity;
import verbatim.core.model.EntityType;
import verbatim.core.model.Mention;
import verbatim.core.model.Problem;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Role;
import verbatim.core.model.Span;
import verbatim.core.model.Speaker;
import verbatim.core.model.Translation;
import verbatim.core.model.ZoneOrigin;
import verbatim.core.pipeline.AnalysisOptions;
import verbatim.core.pipeline.Outcome;
import verbatim.core.pipeline.Pipeline;
import verbatim.core.input.RawInput;
import verbatim.core.nlp.Linguistics;

class AnalysisReaderTest {
  private static final String TEXT = "U.S. President Donald Trump said on Friday: “We will get along.”\n\n"
      + "Trump, who met Kim Jong Un three times, added that “he likes me”. A senior official said talks "
      + "were stalled, according to the joint statement. Critics called it “a small deal”.";

  @Test
  void everyFieldSurvivesWriteReadWrite() throws IOException {
    assertRoundTrip(full());
  }

  @Test
  void emptyAndAbsentValuesSurvive() throws IOException {
    Article bare = new Article(null, null, null, null, null, List.of(), List.of(), "", List.of(), List.of());
    assertRoundTrip(Analysis.of(new Document("-", "0000000000000000", null, DocumentKind.NEWS, bare)));
  }

  @Test
  void everyKindOfDateSurvives() throws IOException {
    LocalDateTime minute = LocalDateTime.of(2025, 2, 10, 7, 24);
    List<DateStamp> dates = List.of(
        DateStamp.unzoned(minute, Precision.MINUTE, DateOrigin.META, "2025-02-10 07:24"),
        DateStamp.unzoned(minute, Precision.SECOND, DateOrigin.TIME_ELEMENT, "07:24:00"),
        DateStamp.unzoned(minute.withSecond(31).withNano(250_000_000), Precision.SECOND, DateOrigin.JSON_LD, null),
        DateStamp.unzoned(minute.toLocalDate().atStartOfDay(), Precision.DAY, DateOrigin.URL, "/2025/02/10/"),
        DateStamp.withOffset(OffsetDateTime.of(minute, ZoneOffset.UTC), Precision.MINUTE, DateOrigin.META, "Z"),
        DateStamp.withOffset(OffsetDateTime.of(minute, ZoneOffset.ofHours(-5)), Precision.SECOND, DateOrigin.JSON_LD, "x"),
        DateStamp.unzoned(minute, Precision.MINUTE, DateOrigin.VISIBLE_LINE, "입력 2025-02-10 07:24")
            .inZone(ZoneId.of("Asia/Seoul"), ZoneOrigin.PUBLISHER_PROFILE),
        DateStamp.unzoned(minute.toLocalDate().atStartOfDay(), Precision.DAY, DateOrigin.URL, "u")
            .inZone(ZoneId.of("America/New_York"), ZoneOrigin.USER),
        DateStamp.unzoned(minute, Precision.MINUTE, DateOrigin.META, "m").inZone(ZoneOffset.ofHours(9), ZoneOrigin.USER));
    for (DateStamp date : dates) {
      Article a = new Article("t", null, "en", date, date, List.of(), List.of(), "x", List.of(), List.of());
      assertRoundTrip(Analysis.of(new Document("in", "id", null, DocumentKind.NEWS, a)));
    }
  }

  @Test
  void anAnalysisFromThePipelineSurvives() throws IOException {
    byte[] page = ("<html lang=\"en\"><head><title>Talks resume</title>"
        + "<meta property=\"article:published_time\" content=\"2024-03-05T09:30:00+09:00\"></head>"
        + "<body><article><h1>Talks resume</h1><p>The ministry said on Tuesday that talks would resume "
        + "next week in the capital, after a pause of several months.</p><p>“We are ready,” the minister "
        + "told reporters at the harbour.</p></article></body></html>").getBytes(StandardCharsets.UTF_8);
    Outcome outcome = Pipeline.standard(AnalysisOptions.defaults(), Linguistics.none())
        .analyze(new RawInput("talks.html", page, "https://news.example.com/2024/03/05/talks"));
    assertThat(outcome).isInstanceOf(Outcome.Analyzed.class);
    assertRoundTrip(((Outcome.Analyzed) outcome).analysis());
  }

  @Test
  void aWrongValueIsReportedWithWhereItIs() {
    String json = write(full()).replace("\"type\":\"GROUP\"", "\"type\":\"CHORUS\"");
    assertThatThrownBy(() -> AnalysisReader.read(json))
        .isInstanceOf(MalformedAnalysisException.class)
        .hasMessageContaining("quotes[3].speaker.type")
        .hasMessageContaining("CHORUS");
  }

  @Test
  void aMissingTextIsReported() {
    String json = write(full()).replace("\"text\":\"U.S.", "\"txet\":\"U.S.");
    assertThatThrownBy(() -> AnalysisReader.read(json)).hasMessageContaining("text: missing");
  }

  private static void assertRoundTrip(Analysis analysis) throws IOException {
    String first = write(analysis);
    Analysis read = AnalysisReader.read(first);
    assertThat(read).isEqualTo(analysis);
    assertThat(write(read)).isEqualTo(first);
  }

  private static String write(Analysis analysis) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      AnalysisJson.write(analysis, g);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    return out.toString();
  }

  private static Analysis full() {
    DateStamp published = DateStamp.unzoned(LocalDateTime.of(2025, 2, 10, 7, 24), Precision.MINUTE,
        DateOrigin.VISIBLE_LINE, "입력 2025-02-10 07:24").inZone(ZoneId.of("Asia/Seoul"), ZoneOrigin.PUBLISHER_PROFILE);
    DateStamp updated = DateStamp.withOffset(OffsetDateTime.of(2025, 2, 10, 9, 1, 2, 0, ZoneOffset.ofHours(9)),
        Precision.SECOND, DateOrigin.JSON_LD, "2025-02-10T09:01:02+09:00");
    Article article = new Article("Trump says he will meet Kim \"again\"", "https://www.donga.com/en/article/1",
        "en", published, updated,
        List.of(new Author("Kim Ji-hoon", "jhk@donga.com"), new Author("Jane Doe", null)),
        List.of(new Translation("ko", "한국어", "https://www.donga.com/news/1"), new Translation("ja", "日本語", null)),
        TEXT, List.of(new Span(0, 65), new Span(67, TEXT.length())),
        List.of(new Problem("zone-unknown", "the updated date has no zone"), new Problem("charset-guessed", "é\t\"")));
    Entity trump = new Entity("e1", "Donald Trump", EntityType.PERSON, List.of("Trump", "President Trump"),
        List.of(new Role("President", null, "United States", false), new Role("host", "The Apprentice", null, true)),
        null, List.of(new Mention(new Span(15, 27), "Donald Trump", "full name"),
            new Mention(new Span(67, 72), "Trump", "surname"), new Mention(new Span(112, 114), "he", "pronoun → nearest person")));
    Entity administration = new Entity("e2", "Trump administration", EntityType.ORGANIZATION, List.of(), List.of(),
        "e1", List.of());
    Entity korea = new Entity("e3", "North Korea", EntityType.LOCATION, List.of("N. Korea"), List.of(), null, List.of());
    DateMention friday = new DateMention(new Span(33, 42), "on Friday", "2025-02-07", "weekday → the last one before");
    List<Quote> quotes = List.of(
        new Quote("q1", QuoteKind.DIRECT, "We will get along.", List.of(new Span(45, 63)),
            new Speaker.Named("e1", "Donald Trump", new Span(15, 27)), new Cue(new Span(28, 32), "said"),
            "said + name before the quote", 0.9),
        new Quote("q2", QuoteKind.PARTIAL, "he likes me", List.of(new Span(114, 125), new Span(126, 127)),
            new Speaker.Named(null, "Trump", new Span(67, 72)), new Cue(new Span(100, 105), "added"),
            "split quote", 1.0),
        new Quote("q3", QuoteKind.INDIRECT, "talks were stalled", List.of(new Span(150, 168)),
            new Speaker.Anonymous("A senior official", "senior", null, "official", new Span(129, 146)),
            new Cue(new Span(146, 150), "said"), "anonymous source", 0.6),
        new Quote("q4", QuoteKind.TERM, "a small deal", List.of(new Span(200, 212)),
            new Speaker.Group("Critics", new Span(190, 197)), null, "quoted term", 0.0),
        new Quote("q5", QuoteKind.INDIRECT, "talks were stalled", List.of(new Span(150, 168)),
            new Speaker.Issued("the joint statement", List.of("e1", "e3"), new Span(183, 202)),
            new Cue(new Span(170, 182), "according to"), "according to + document", 0.75),
        new Quote("q6", QuoteKind.DIRECT, "We will get along.", List.of(new Span(45, 63)), new Speaker.Unknown(),
            null, "no speaker found", 0.1234567890123));
    Document document = new Document("pages/donga.txt", "3f2a9c0d11e4b7a8", "donga.com", DocumentKind.STATEMENT, article);
    return new Analysis(document, List.of(trump, administration, korea), List.of(friday), quotes);
  }
}
