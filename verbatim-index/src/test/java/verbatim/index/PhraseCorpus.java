package verbatim.index;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import verbatim.core.model.Analysis;
import verbatim.core.model.DocumentKind;

/**
 * A small corpus written for the phrase tests: statements by invented issuers and news articles
 * before and after 2025-01-20, some with "complete denuclearization of North Korea", some with a
 * variant of it, some with neither, and one in Korean. Each document is known by a short name.
 */
final class PhraseCorpus {
  static final String WHITE_HOUSE = "White House";
  static final String FOREIGN_MINISTRY = "Ministry of Foreign Affairs";
  static final String FOREIGN_OFFICE = "Foreign, Commonwealth and Development Office";

  /** The sentence of {@code feb7} that has the phrase. */
  static final String FEB7_SENTENCE = "The two leaders reaffirmed their firm commitment to the complete denuclearization "
      + "of North Korea and urged Pyongyang to abandon its weapons programs.";

  private final Map<String, String> ids = new LinkedHashMap<>();

  /** Every document, ingested into a new corpus in {@code dir}. */
  static PhraseCorpus build(Path dir) throws IOException {
    PhraseCorpus built = new PhraseCorpus();
    try (Corpus corpus = Corpus.open(dir)) {
      built.add(corpus, "aug2023", WHITE_HOUSE, DocumentKind.STATEMENT, "en",
          "https://www.whitehouse-example.gov/briefings/2023/08/18/trilateral", "2023-08-18T16:00:00-04:00",
          "Joint Statement of the Trilateral Leaders' Summit",
          "The leaders of the three countries met today and agreed to hold a summit every year.",
          "They reaffirmed their commitment to the complete denuclearization of the DPRK in accordance with "
              + "the relevant Security Council resolutions.");
      built.add(corpus, "apr2024", WHITE_HOUSE, DocumentKind.STATEMENT, "en",
          "https://www.whitehouse-example.gov/briefings/2024/04/10/us-japan", "2024-04-10T18:30:00-04:00",
          "United States-Japan Joint Leaders' Statement",
          "The President and the Prime Minister of Japan celebrated a new era of the alliance.",
          "We reaffirm our strong commitment to the complete denuclearization of North Korea, consistent with "
              + "the obligations under the resolutions, and we call on it to refrain from further provocations.");
      built.add(corpus, "jun2024", FOREIGN_MINISTRY, DocumentKind.STATEMENT, "en",
          "https://www.mofa-example.go.jp/press/2024/06/12/statement", "2024-06-12T11:00:00+09:00",
          "Statement by the Press Secretary on the Launch",
          "The Ministry strongly protests the launch of a ballistic missile this morning.",
          "Japan remains committed to the complete denuclearisation of the DPRK together with its partners.");
      built.add(corpus, "sep2024", null, DocumentKind.NEWS, "en",
          "https://www.news-example.com/world/2024/09/30/talks", "2024-09-30T08:00:00+00:00",
          "Envoys meet as tensions rise",
          "Envoys of the two countries met in Geneva on Sunday and called for the denuclearization of the Korean "
              + "Peninsula, according to a readout published after the talks.",
          "Neither side announced a date for a further round.");
      built.add(corpus, "nov2024", WHITE_HOUSE, DocumentKind.STATEMENT, "en",
          "https://www.whitehouse-example.gov/briefings/2024/11/05/trade", "2024-11-05T12:00:00-05:00",
          "Statement on Supply Chains",
          "The administration announced new measures to secure supply chains for critical minerals.",
          "The measures take effect next month and will be reviewed within a year.");
      built.add(corpus, "jan2025", null, DocumentKind.NEWS, "en",
          "https://www.news-example.com/world/2025/01/25/policy", "2025-01-25T09:00:00+00:00",
          "New administration weighs its approach",
          "Analysts said the new administration had not yet mentioned the complete denuclearization of North Korea "
              + "in any official document.",
          "Officials declined to comment.");
      built.add(corpus, "feb7", WHITE_HOUSE, DocumentKind.STATEMENT, "en",
          "https://www.whitehouse-example.gov/briefings/2025/02/07/joint-statement", "2025-02-07T17:30:00-05:00",
          "Joint Statement from the United States and Japan",
          "The President of the United States and the Prime Minister of Japan met today at the White House.",
          FEB7_SENTENCE + " They also confirmed that cooperation among the three countries is key to peace.");
      built.add(corpus, "feb20", FOREIGN_OFFICE, DocumentKind.STATEMENT, "en",
          "https://www.fcdo-example.gov.uk/news/2025/02/20/statement", "2025-02-20T10:00:00+00:00",
          "Foreign Secretary's statement on the launch",
          "The United Kingdom condemns the launch and calls for the complete denuclearisation of North Korea.",
          "We will continue to work with our partners at the United Nations.");
      built.add(corpus, "mar2025", FOREIGN_MINISTRY, DocumentKind.STATEMENT, "en",
          "https://www.mofa-example.go.jp/press/2025/03/03/meeting", "2025-03-03T15:00:00+09:00",
          "Japan-U.S. Foreign Ministers' Meeting",
          "The two ministers confirmed their commitment to the complete denuclearization of North Korea.",
          "They also discussed the situation in the region.");
      built.add(corpus, "ko", null, DocumentKind.NEWS, "ko",
          "https://www.news-example.co.kr/article/2025/02/08/1", "2025-02-08T09:00:00+09:00",
          "한미일 외교장관 회의",
          "한미일 세 나라 외교장관은 8일 회의를 열고 북한의 완전한 비핵화를 재확인했다고 밝혔다.",
          "이들은 또 세 나라의 협력을 강화하기로 했다.");
    }
    return built;
  }

  private void add(Corpus corpus, String name, String issuer, DocumentKind kind, String language, String url,
      String published, String title, String... paragraphs) throws IOException {
    Analysis a = Statements.analysed(kind, Statements.page(language, url, published, title, List.of(paragraphs)));
    ids.put(name, corpus.add(a, new IngestMeta(issuer, Instant.parse("2025-03-10T00:00:00Z"), "verbatim test")).id());
  }

  /** The id of the document called {@code name}. */
  String id(String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no document called " + name);
    }
    return id;
  }

  /** The short names of {@code ids}, in their order. */
  List<String> names(List<String> documentIds) {
    return documentIds.stream().map(id -> ids.entrySet().stream().filter(e -> e.getValue().equals(id))
        .map(Map.Entry::getKey).findFirst().orElse(id)).toList();
  }
}
