package verbatim.core.extract.html;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import verbatim.core.extract.DateText;
import verbatim.core.model.DateOrigin;
import verbatim.core.model.DateStamp;

/**
 * A publication date in the data a page hands its own scripts ({@code "publishedDate":
 * "2016-11-04T20:37:27Z"}, {@code "published_at": …}): pages rendered by scripts (shops, review
 * sites, single-page apps) often print their date only from there. JSON-LD is read elsewhere;
 * this is for the other scripts, and only when the page offers nothing better.
 */
final class ScriptDates {
  private ScriptDates() {}

  private static final Pattern PUBLISHED_KEY = Pattern.compile(
      "\"(?:date_?published|published_?(?:at|date|time|on)|publish_?(?:date|time)|pub_?date"
          + "|publication_?date|first_?published(?:_?(?:at|date))?)\"\\s*:\\s*\"([^\"]{8,40})\"",
      Pattern.CASE_INSENSITIVE);
  private static final int MAX_SCRIPT = 500_000;

  static Optional<DateStamp> published(Document page) {
    for (Element script : page.select("script")) {
      if (script.attr("type").toLowerCase(java.util.Locale.ROOT).contains("ld+json")) {
        continue;
      }
      String data = script.data();
      Matcher m = PUBLISHED_KEY.matcher(data.length() > MAX_SCRIPT ? data.substring(0, MAX_SCRIPT) : data);
      while (m.find()) {
        Optional<DateStamp> d = Dates.plausible(DateText.find(m.group(1), DateOrigin.META));
        if (d.isPresent()) {
          return d.map(s -> Dates.withEvidence(s, "script data " + m.group()));
        }
      }
    }
    return Optional.empty();
  }
}
