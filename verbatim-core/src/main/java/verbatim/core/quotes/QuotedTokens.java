package verbatim.core.quotes;

import java.util.List;
import java.util.Set;

/**
 * Which tokens of a tagged sentence are inside quotation marks, and which cue verbs stand right
 * beside a quote. The tagger tells opening marks ({@code ``}) from closing ones ({@code ''}), straight
 * marks included. (A sentence that continues a quote opened before it is not taken as quoted: NYT
 * copy opens quotes with {@code ''}, which the tagger takes for a closing mark.)
 */
final class QuotedTokens {
  private static final Set<String> STOPS = Set.of(",", ".", ";", ":", "!", "?", "(", ")", "--", "—");
  private static final int MAX_SOURCE_WORDS = 8;

  private QuotedTokens() {}

  static boolean[] inside(List<String> words, List<String> tags) {
    boolean[] inside = new boolean[words.size()];
    int depth = 0;
    for (int i = 0; i < words.size(); i++) {
      if (opens(tags.get(i))) {
        depth++;
      } else if (closes(tags.get(i))) {
        depth = Math.max(0, depth - 1);
      } else {
        inside[i] = depth > 0;
      }
    }
    return inside;
  }

  /**
   * "“…,” said SOURCE." and "“…,” SOURCE said.": the speaker named right after a quote that opens
   * the sentence or runs on from the one before, with no other verb or conjunction between.
   * ("Graham called them “crazy” and said …" is not one: the quote there is a term.)
   */
  static boolean besideAQuote(List<String> words, List<String> tags, int cue) {
    if (words.isEmpty() || !startsInOrWithAQuote(words, tags)) {
      return false;
    }
    int at = cue - 1;
    int sourceWords = 0;
    while (at >= 0 && !closes(tags.get(at)) && !STOPS.contains(words.get(at)) && sourceWords <= MAX_SOURCE_WORDS) {
      String tag = tags.get(at);
      if (tag != null && (tag.startsWith("VB") || tag.equals("CC"))) {
        return false;
      }
      sourceWords++;
      at--;
    }
    if (at >= 1 && words.get(at).equals(",") && closes(tags.get(at - 1))) {
      return true; // "“…”, she said" with the comma outside the marks
    }
    return at >= 0 && closes(tags.get(at));
  }

  /**
   * The sentence opens with a quotation mark, or its first mark, after some words, closes a quote
   * begun before it. A sentence that starts with {@code ''} is neither: NYT copy opens quotes so,
   * and the splitter may have given the real opening mark to the sentence before.
   */
  private static boolean startsInOrWithAQuote(List<String> words, List<String> tags) {
    if (opens(tags.get(0))) {
      return true;
    }
    if (closes(tags.get(0))) {
      return false;
    }
    for (int i = 0; i < words.size(); i++) {
      if (opens(tags.get(i))) {
        return false;
      }
      if (closes(tags.get(i))) {
        return !words.get(i).equals("''"); // two apostrophes open as often as they close
      }
    }
    return false;
  }

  private static boolean opens(String tag) {
    return "``".equals(tag);
  }

  private static boolean closes(String tag) {
    return "''".equals(tag);
  }
}
