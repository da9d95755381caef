package verbatim.spark;

import java.util.List;

/** Small pages written for these tests: invented people, places and words. */
final class TestPages {
  private TestPages() {}

  record Page(String file, String url, String content) {}

  static final Page HARBOUR = new Page("harbour.html", "https://ledger.example/2025/03/harbour-fees", html(
      "Harbour fees to rise in April, minister says", "2025-03-06T09:30:00+01:00", "Ada Brenner",
      "The port of Vell will raise its berthing fees by a tenth in April, Harbour Minister Tomas Ridel said on Thursday.",
      "\"We cannot keep the quays open on last year's money,\" Ridel told reporters in Vell. He said the fees had not changed since 2019.",
      "The fishermen's union called the plan \"a tax on the smallest boats\" and said it would ask the council to stop it.",
      "Ridel said the ministry would meet the union next week."));

  static final Page COUNCIL = new Page("council.html", "https://courier.example/news/council-vote", html(
      "Council delays vote on quay repairs", "2025-03-08T17:05:00+01:00", "Lina Osk",
      "The Vell town council put off a vote on repairs to the north quay until May, its chairwoman said.",
      "\"The engineers need another month,\" council chairwoman Maren Holt said. \"We will not vote on a guess.\"",
      "According to Holt, the repairs could cost more than the whole harbour budget for a year.",
      "Opposition councillor Piet Anders said the delay was \"one more excuse\"."));

  static final Page STATEMENT = new Page("statement.htm", "https://ministry.example/statements/fisheries", html(
      "Statement on the fisheries talks", "2025-03-10T12:00:00+01:00", null,
      "The Ministry of Fisheries welcomes the start of talks with the fishermen's union.",
      "Minister Tomas Ridel said the talks would be \"open and without conditions\".",
      "The ministry will publish the minutes of each meeting."));

  static final Page SCRAPE = new Page("scrape.txt", null, String.join("\n",
      "Vell Evening Post",
      "Home | News | Sport",
      "Ferry service to resume on Monday",
      "By Jon Arve",
      "March 11, 2025",
      "",
      "The ferry between Vell and Oster will run again from Monday, the operator said.",
      "",
      "\"The new engine has passed every test,\" said Kari Lind, who runs the line. Passengers had waited two weeks.",
      "",
      "Share this article"));

  static final List<Page> ALL = List.of(HARBOUR, COUNCIL, STATEMENT, SCRAPE);

  static String html(String title, String published, String author, String... paragraphs) {
    StringBuilder body = new StringBuilder();
    for (String p : paragraphs) {
      body.append("<p>").append(p.replace("\"", "&quot;")).append("</p>\n");
    }
    return "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>" + title + "</title>\n"
        + "<meta property=\"article:published_time\" content=\"" + published + "\">\n"
        + (author == null ? "" : "<meta name=\"author\" content=\"" + author + "\">\n")
        + "</head><body><nav><a href=\"/\">Home</a> <a href=\"/news\">News</a></nav>\n"
        + "<article><h1>" + title + "</h1>\n" + body + "</article>\n"
        + "<footer>All rights reserved.</footer></body></html>\n";
  }
}
