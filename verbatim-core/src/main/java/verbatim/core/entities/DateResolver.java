package verbatim.core.entities;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import verbatim.core.model.DateMention;
import verbatim.core.model.Span;

/**
 * Date expressions of a news text resolved against its published date, the way a reader does:
 * a weekday is the last one on or before the published day unless the sentence speaks of the
 * future; a month and day without a year is in the published year unless that would put a past
 * event after publication; "April last year" is April of the year before. Each result names its rule.
 */
public final class DateResolver {
  private static final String MONTH = "(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|Jun(?:e|\\.)?|"
      + "Jul(?:y|\\.)?|Aug(?:ust|\\.)?|Sep(?:tember|t\\.|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)";
  private static final Pattern MONTH_DAY = Pattern.compile("\\b" + MONTH + " (\\d{1,2})(?:st|nd|rd|th)?\\b(?:,? (\\d{4}))?");
  private static final Pattern DAY_MONTH = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)? (?:of )?" + MONTH + "\\b(?:,? (\\d{4}))?");
  private static final Pattern MONTH_RELATIVE_YEAR = Pattern.compile("\\b" + MONTH + "(?: of)? (last|this|next) year\\b");
  private static final Pattern MONTH_YEAR = Pattern.compile("\\b" + MONTH + ",? (\\d{4})\\b");
  private static final Pattern BARE_MONTH = Pattern.compile("\\b(?:in|since|until|by|from|early|late|mid-) " + MONTH + "\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(?:(last|this|next) )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");
  private static final Pattern RELATIVE_DAY = Pattern.compile("\\b(yesterday|today|tomorrow)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern RELATIVE_YEAR = Pattern.compile("\\b(last|this|next) year\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FUTURE = Pattern.compile("\\b(will|shall|going to|plans? to|scheduled|next|upcoming|expected to)\\b",
      Pattern.CASE_INSENSITIVE);

  /** Dates in {@code text}; relative ones only when {@code published} is known. */
  public List<DateMention> resolve(String text, List<Span> sentences, LocalDate published) {
    List<DateMention> found = new ArrayList<>();
    Claims claims = new Claims();
    for (Span sentence : sentences) {
      String s = sentence.of(text);
      boolean future = FUTURE.matcher(s).find();
      int base = sentence.begin();
      monthRelativeYear(s, base, published, claims, found);
      monthDay(s, base, published, future, claims, found);
      dayMonth(s, base, published, future, claims, found);
      monthYear(s, base, claims, found);
      bareMonth(s, base, published, future, claims, found);
      weekday(s, base, published, future, claims, found);
      relativeDay(s, base, published, claims, found);
      relativeYear(s, base, published, claims, found);
    }
    found.sort((a, b) -> Integer.compare(a.span().begin(), b.span().begin()));
    return found;
  }

  private static void monthRelativeYear(String s, int base, LocalDate published, Claims claims, List<DateMention> out) {
    Matcher m = MONTH_RELATIVE_YEAR.matcher(s);
    while (published != null && m.find()) {
      int year = published.getYear() + shift(m.group(2));
      add(out, claims, base, m, YearMonth.of(year, month(m.group(1))).toString(), "month + " + m.group(2) + " year");
    }
  }

  private static void monthDay(String s, int base, LocalDate published, boolean future, Claims claims, List<DateMention> out) {
    Matcher m = MONTH_DAY.matcher(s);
    while (m.find()) {
      Month month = month(m.group(1));
      int day = Integer.parseInt(m.group(2));
      if (day > month.maxLength()) {
        continue;
      }
      if (m.group(3) != null) {
        add(out, claims, base, m, safeDate(Integer.parseInt(m.group(3)), month, day), "full date");
      } else if (published != null) {
        LocalDate candidate = nearest(published, month, day, future);
        add(out, claims, base, m, candidate.toString(), "month + day → the year of publication"
            + (candidate.getYear() != published.getYear() ? ", moved a year" : ""));
      }
    }
  }

  /** "5 March", "5 March 2024": the order most of the world writes. */
  private static void dayMonth(String s, int base, LocalDate published, boolean future, Claims claims, List<DateMention> out) {
    Matcher m = DAY_MONTH.matcher(s);
    while (m.find()) {
      Month month = month(m.group(2));
      int day = Integer.parseInt(m.group(1));
      if (day < 1 || day > month.maxLength()) {
        continue;
      }
      if (m.group(3) != null) {
        add(out, claims, base, m, safeDate(Integer.parseInt(m.group(3)), month, day), "full date");
      } else if (published != null) {
        LocalDate candidate = nearest(published, month, day, future);
        add(out, claims, base, m, candidate.toString(), "day + month → the year of publication"
            + (candidate.getYear() != published.getYear() ? ", moved a year" : ""));
      }
    }
  }

  /** The date in the published year, moved a year when a past event would fall after publication (or a future one before). */
  private static LocalDate nearest(LocalDate published, Month month, int day, boolean future) {
    int year = published.getYear();
    LocalDate candidate = LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year))));
    if (!future && candidate.isAfter(published.plusDays(7))) {
      return candidate.minusYears(1);
    }
    if (future && candidate.isBefore(published.minusDays(7))) {
      return candidate.plusYears(1);
    }
    return candidate;
  }

  private static String safeDate(int year, Month month, int day) {
    return LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year)))).toString();
  }

  private static void monthYear(String s, int base, Claims claims, List<DateMention> out) {
    Matcher m = MONTH_YEAR.matcher(s);
    while (m.find()) {
      add(out, claims, base, m, YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString(), "month + year");
    }
  }

  private static void bareMonth(String s, int base, LocalDate published, boolean future, Claims claims, List<DateMention> out) {
    Matcher m = BARE_MONTH.matcher(s);
    while (published != null && m.find()) {
      Month month = month(m.group(1));
      int year = published.getYear();
      if (!future && month.getValue() > published.getMonthValue()) {
        year--;
      } else if (future && month.getValue() < published.getMonthValue()) {
        year++;
      }
      addGroup(out, claims, base, m, 1, YearMonth.of(year, month).toString(), "month → the nearest " + (future ? "coming" : "past") + " one");
    }
  }

  private static void weekday(String s, int base, LocalDate published, boolean future, Claims claims, List<DateMention> out) {
    Matcher m = WEEKDAY.matcher(s);
    while (published != null && m.find()) {
      DayOfWeek day = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
      String modifier = m.group(1);
      LocalDate date;
      String rule;
      if ("next".equals(modifier) || (modifier == null && future)) {
        date = published.with(TemporalAdjusters.next(day));
        rule = "weekday → the next one after publication";
      } else if ("last".equals(modifier)) {
        date = published.with(TemporalAdjusters.previous(day));
        rule = "weekday → the last one before publication";
      } else {
        date = published.with(TemporalAdjusters.previousOrSame(day));
        rule = "weekday → the last one on or before publication";
      }
      add(out, claims, base, m, date.toString(), rule);
    }
  }

  private static void relativeDay(String s, int base, LocalDate published, Claims claims, List<DateMention> out) {
    Matcher m = RELATIVE_DAY.matcher(s);
    while (published != null && m.find()) {
      String word = m.group(1).toLowerCase(Locale.ROOT);
      LocalDate date = word.equals("yesterday") ? published.minusDays(1) : word.equals("tomorrow") ? published.plusDays(1) : published;
      add(out, claims, base, m, date.toString(), word + " → relative to publication");
    }
  }

  private static void relativeYear(String s, int base, LocalDate published, Claims claims, List<DateMention> out) {
    Matcher m = RELATIVE_YEAR.matcher(s);
    while (published != null && m.find()) {
      add(out, claims, base, m, String.valueOf(published.getYear() + shift(m.group(1).toLowerCase(Locale.ROOT))),
          m.group(1).toLowerCase(Locale.ROOT) + " year → relative to publication");
    }
  }

  private static int shift(String which) {
    return which.equals("last") ? -1 : which.equals("next") ? 1 : 0;
  }

  private static Month month(String written) {
    String key = written.replace(".", "").substring(0, 3).toLowerCase(Locale.ROOT);
    for (Month month : Month.values()) {
      if (month.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(key)) {
        return month;
      }
    }
    throw new AssertionError(written);
  }

  private static void add(List<DateMention> out, Claims claims, int base, Matcher m, String value, String rule) {
    addGroup(out, claims, base, m, 0, value, rule);
  }

  private static void addGroup(List<DateMention> out, Claims claims, int base, Matcher m, int group, String value, String rule) {
    Span span = new Span(base + m.start(group), base + m.end(group));
    if (claims.claim(span)) {
      out.add(new DateMention(span, m.group(group), value, rule));
    }
  }

  /** Spans already taken by a more specific pattern: "April last year" is not also "last year". */
  private static final class Claims {
    private final List<Span> taken = new ArrayList<>();

    boolean claim(Span span) {
      for (Span t : taken) {
        if (span.begin() < t.end() && t.begin() < span.end()) {
          return false;
        }
      }
      taken.add(span);
      return true;
    }
  }
}
