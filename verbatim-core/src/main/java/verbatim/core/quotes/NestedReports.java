package verbatim.core.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import verbatim.core.model.Quote;
import verbatim.core.model.QuoteKind;
import verbatim.core.model.Span;

/**
 * "He said [he hoped it would encourage a dialogue]": a report whose cue opens, after no more than
 * its subject, the content of another report is part of that report, not one of its own. PolNeAR
 * marks the outer report only; on dev the inner one matched a gold content 6 times in 45 (where the
 * outer one was wrong too), and was a false report the other 39. The outer report's cue may come
 * after its content ("Bloomberg reports that …, according to the Roper Center"), and its subject may
 * run to six words after the outer clause's "that" ("noted that the commission on fishing quotas
 * announced …"): on PolNeAR train these drop 53 reports, content precision 60.2 → 60.4 at the same
 * recall.
 */
final class NestedReports {
  /** "he", "the Commission on Presidential Debates": a subject, not a clause. */
  private static final int MAX_WORDS_BEFORE_CUE = 6;
  /** The inner content may run past the outer one by its closing punctuation. */
  private static final int END_SLACK = 2;
  /** Colon attributions ("Trump: We will …") take in whole paragraphs, reports and all. */
  private static final String COLON = ColonAttributions.RULE;

  private NestedReports() {}

  /**
   * The quotes less those reported inside another, in the same order. Each quote looks only at the
   * reports whose content begins just before its cue, found by binary search: n log n, not n².
   */
  static List<Quote> withoutInner(String text, List<Quote> quotes) {
    List<Quote> outers = new ArrayList<>();
    for (Quote q : quotes) {
      if (mayHoldReports(q)) {
        outers.add(q);
      }
    }
    if (outers.isEmpty()) {
      return quotes;
    }
    outers.sort(Comparator.comparingInt(q -> q.parts().get(0).begin()));
    List<Quote> out = new ArrayList<>(quotes.size());
    for (Quote q : quotes) {
      if (!(mayBeInner(q) && insideOne(text, q, outers))) {
        out.add(q);
      }
    }
    return out;
  }

  private static boolean mayHoldReports(Quote q) {
    return q.cue() != null && q.kind() != QuoteKind.TERM && q.kind() != QuoteKind.DIRECT && !q.rule().equals(COLON);
  }

  private static boolean mayBeInner(Quote q) {
    return q.cue() != null && (q.kind() == QuoteKind.INDIRECT || q.kind() == QuoteKind.PARTIAL);
  }

  private static boolean insideOne(String text, Quote q, List<Quote> outers) {
    Span cue = q.cue().span();
    // outers whose content begins at most this far before the cue: a few words of subject
    int from = firstBeginningAtOrAfter(outers, cue.begin() - 120);
    for (int i = from; i < outers.size(); i++) {
      Quote o = outers.get(i);
      Span first = o.parts().get(0);
      if (first.begin() > cue.begin()) {
        break;
      }
      if (o != q && cue.end() <= first.end() && q.parts().get(0).begin() >= first.begin()
          && q.parts().get(q.parts().size() - 1).end() <= o.parts().get(o.parts().size() - 1).end() + END_SLACK
          && onlyASubject(text.substring(first.begin(), cue.begin()))) {
        return true;
      }
    }
    return false;
  }

  /** Words before the inner cue that can be its subject alone: few, and no clause break among them. */
  private static boolean onlyASubject(String words) {
    String w = words.strip();
    if (w.regionMatches(true, 0, "that ", 0, 5)) {
      w = w.substring(5).strip(); // "said [that] the commission announced …": the outer clause's "that" is no subject
    }
    if (w.indexOf(',') >= 0 || w.indexOf(';') >= 0 || w.indexOf(':') >= 0) {
      return false;
    }
    return w.isEmpty() || w.split("\\s+").length <= MAX_WORDS_BEFORE_CUE;
  }

  private static int firstBeginningAtOrAfter(List<Quote> sorted, int offset) {
    int lo = 0;
    int hi = sorted.size();
    while (lo < hi) {
      int mid = (lo + hi) >>> 1;
      if (sorted.get(mid).parts().get(0).begin() < offset) {
        lo = mid + 1;
      } else {
        hi = mid;
      }
    }
    return lo;
  }
}
